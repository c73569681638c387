import sys

def capture():
    try:
        raise RuntimeError("first")
    except RuntimeError as e:
        return e.__traceback__

tb = capture()
e = ValueError("new")
r = e.with_traceback(tb)
print(r is e)
print(e.__traceback__ is tb)
try:
    raise e
except ValueError as ex:
    t = ex.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_frame.f_code.co_name)
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(type(x).__name__, x)
