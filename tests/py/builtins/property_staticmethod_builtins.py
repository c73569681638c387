# property, staticmethod and classmethod used as builtins (not only as decorators).
class C:
    def _get(self): return self._v * 2
    def _set(self, v): self._v = v
    v = property(_get, _set, None, 'doubled value')
    def plain(x): return x + 1
    inc = staticmethod(plain)
    def name(cls): return cls.__name__
    cname = classmethod(name)
c = C()
c.v = 4
print(c.v, C.v.__doc__, C.inc(1), c.inc(2), C.cname(), c.cname())
p = property()
print(p.fget, p.fset, p.fdel)
class D:
    x = property()
try:
    D().x
except AttributeError as e:
    print(type(e).__name__, e)
getter_only = property(lambda self: 'got').setter(lambda self, v: print('set', v))
class E:
    y = getter_only
E().y = 5
print(E().y)
