import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
    print(sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exception())
    print(repr(sys.exception()))
print(sys.exc_info())
print(sys.exception())
