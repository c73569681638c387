# weakref.finalize
import weakref

class Res:
    pass

def cleanup(name, *, flag=None):
    print("cleanup", name, flag)
    return name.upper()

r = Res()
f = weakref.finalize(r, cleanup, "res", flag=1)
print(f.alive, f.atexit)
print(f.peek()[1:] == (cleanup, ("res",), {"flag": 1}))
print(f())
print(f.alive, f(), f.peek(), f.detach())

r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2")
del r2
print("after del r2", f2.alive, f2())

r3 = Res()
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is cleanup, args, kwargs)
del r3, obj
print("detached", f3.alive)

try:
    weakref.finalize(1, cleanup)
except TypeError as e:
    print(type(e).__name__, e)
