# weakref details: repr of dead refs, callbacks on functions, proxies of callables,
# WeakValueDictionary methods, ref subclass with extra state.
import weakref, gc

def f():
    return 1

log = []
r = weakref.ref(f, lambda ref: log.append("f died"))
print(r() is f, repr(r).startswith("<weakref at "), "to 'function'" in repr(r))
del f
print(log, r(), repr(r).endswith("; dead>"))

class C:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return self.n + x
    def __repr__(self):
        return "C(%d)" % self.n

c = C(10)
p = weakref.proxy(c)
print(type(p).__name__, p(5), callable(p))
print(p == c, p != c, bool(p))
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [p])

d = weakref.WeakValueDictionary()
objs = [C(i) for i in range(3)]
for o in objs:
    d[o.n] = o
print(sorted(d.keys()), d.setdefault(5, objs[0]), d.pop(1), sorted(d))
print(sorted(repr(v) for v in d.values()), sorted(k for k, v in d.items()))
copy = d.copy()
objs.clear()
print(len(d), len(copy))

class Tagged(weakref.ref):
    __slots__ = ("tag",)

t = Tagged(c)
t.tag = "x"
print(t() is c, t.tag, isinstance(t, weakref.ref))
try:
    weakref.ref(c, None, None)
except TypeError as e:
    print(type(e).__name__, e)
del c
print(t(), hash(weakref.ref(C(1))) if False else "ok")
