def f():
    try:
        raise ValueError("a")
    finally:
        print("finally")

try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno)

def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")

try:
    g()
except KeyError as e:
    print(e.__traceback__.tb_next.tb_lineno)
    print(e.__context__.__traceback__.tb_lineno)
    print(e.__context__.__traceback__.tb_next)
