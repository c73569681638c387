def f():
    raise ValueError

try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next is not None)
    tb.tb_next = None
    print(tb.tb_next)
    try:
        tb.tb_next = tb
    except ValueError as x:
        print(type(x).__name__, x)
    try:
        tb.tb_next = 3
    except TypeError as x:
        print(type(x).__name__, x)
    try:
        tb.tb_lineno = 3
    except AttributeError as x:
        print(type(x).__name__)
