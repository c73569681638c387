# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: 'instance repr'
print(repr(d) == object.__repr__(d), d.__repr__())
D.__repr__ = lambda self: 'class repr'
print(repr(d))
class E:
    def __getattr__(self, name):
        return lambda *a: 'via getattr ' + name
e = E()
print(e.__len__())
try:
    len(e)
except TypeError as ex:
    print(type(ex).__name__, ex)
