# getweakrefcount/getweakrefs, ref subclass
import weakref

class C:
    pass

o = C()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
r3 = weakref.ref(o, lambda r: None)
p = weakref.proxy(o)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), any(x is r3 for x in refs), any(x is r1 for x in refs))
del r3
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
del refs, r1, r2, p
print(weakref.getweakrefcount(o))

class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

m = MyRef(o, None, "t")
print(m.tag, m() is o, m is weakref.ref(o), weakref.getweakrefcount(o))
