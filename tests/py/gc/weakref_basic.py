# weakref.ref, death in a cycle
import weakref, gc

class Obj:
    def __init__(self, v):
        self.v = v

o = Obj(1)
r = weakref.ref(o)
print(type(r).__name__, r() is o, r().v)
print(r is weakref.ref(o), weakref.ref(o) == r)
o2 = Obj(1)
print(weakref.ref(o2) == r)
del o
print(r(), r() is None)
print(r == r, weakref.ref(o2) == r)

gc.disable()
c = Obj(2)
c.me = c
rc = weakref.ref(c)
del c
print("in cycle, before collect:", rc() is not None)
gc.collect()
print("after collect:", rc())
gc.enable()

print(weakref.ref is weakref.ReferenceType)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
