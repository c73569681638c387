def f():
    raise ValueError("x")

def g():
    try:
        f()
    except ValueError:
        raise

try:
    g()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out)
