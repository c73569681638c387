import sys

def f():
    return sys._getframe()

r = repr(f())
print(r.startswith("<frame at 0x"))
print(r.endswith(", code f>"))
print("line 4" in r)
print(type(f()).__name__, type(f()).__module__)
import types
print(type(f()) is types.FrameType)
