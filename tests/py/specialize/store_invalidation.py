# Attribute store caches must notice descriptors and __setattr__ added after caching.

class A:
    pass

def store(o, v):
    o.x = v

a = A()
for i in range(100):
    store(a, i)
print(a.x, a.__dict__)

log = []
A.x = property(lambda self: "prop", lambda self, v: log.append(v))
store(a, "via property")
print(log, a.__dict__, a.x)
del A.x
store(a, "dict again")
print(a.x)

def setattr_hook(self, name, value):
    log.append((name, value))
A.__setattr__ = setattr_hook
store(a, "hooked")
print(log[-1], a.x)
del A.__setattr__
store(a, "plain")
print(a.x)

class S:
    __slots__ = ("x",)
s = S()
for i in range(100):
    store(s, i)
print(s.x)
try:
    store(A, 1)
    print(A.x)
except Exception as e:
    print(type(e).__name__, e)

# a site used for many types, and an instance whose dict was replaced
class B:
    pass
objs = [type("T%d" % i, (), {})() for i in range(6)] + [B()]
for i in range(30):
    for o in objs:
        store(o, i)
print([o.x for o in objs])
b = B()
store(b, 1)
b.__dict__ = {"y": 2}
store(b, 3)
print(b.__dict__)
