# Attribute lookup follows the MRO; data descriptors on the class beat instance dicts.
class A:
    x = 'A.x'
    def who(self): return 'A'
class B(A):
    pass
class C(A):
    x = 'C.x'
    def who(self): return 'C'
class D(B, C):
    pass
d = D()
print(d.x, d.who(), [k.__name__ for k in D.__mro__])
C.x = 'changed C.x'
print(d.x)
del C.x
print(d.x)
class P:
    @property
    def v(self): return 'property'
p = P()
p.__dict__['v'] = 'instance'
print(p.v)
print(getattr(D, 'who')(d), D.who is C.who)
