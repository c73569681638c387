# callback order, unraisable errors
import weakref

class Obj:
    pass

log = []
o = Obj()

def cb1(ref):
    log.append(("cb1", ref is r1, ref()))

def cb2(ref):
    log.append(("cb2", ref is r2, ref()))

r1 = weakref.ref(o, cb1)
r2 = weakref.ref(o, cb2)
print(r1 is r2, weakref.getweakrefcount(o))
del o
for entry in log:
    print(entry)

# callback is not called when the weakref dies first
log.clear()
o = Obj()
r = weakref.ref(o, cb1)
del r
del o
print("dead ref:", log)

# exception in callback is reported, not raised
class Boom:
    def __call__(self, ref):
        raise ValueError("boom")
    def __repr__(self):
        return "<Boom>"

boom = Boom()

o = Obj()
r3 = weakref.ref(o, boom)
del o
print("still running", r3())
