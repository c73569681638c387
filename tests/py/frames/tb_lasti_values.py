def f():
    x = None
    return x.attr

try:
    f()
except AttributeError as e:
    tb = e.__traceback__
    print(type(tb.tb_lasti).__name__, tb.tb_lasti >= 0, tb.tb_next.tb_lasti >= 0)
    print(tb.tb_lasti % 2, tb.tb_next.tb_lasti % 2)
    print(tb.tb_next.tb_lasti, tb.tb_next.tb_frame.f_lasti)
