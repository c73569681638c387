import sys

def f():
    return 1 / 0

try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(type(tb.tb_lasti).__name__)
    nxt = tb.tb_next
    print(nxt.tb_lineno, nxt.tb_frame.f_code.co_name)
    print(nxt.tb_next)
    print(tb.tb_frame is sys._getframe())
