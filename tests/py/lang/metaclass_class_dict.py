# A class built by a custom metaclass still exposes a mappingproxy __dict__.
class Meta(type):
    pass
class A(metaclass=Meta):
    x = 1
    def m(self): return 2
d = A.__dict__
print(type(d).__name__, d['x'], sorted(k for k in d if not k.startswith('__')))
print(type(vars(A)).__name__, 'm' in vars(A), A.__dict__ is not None)
class M2(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns, added=True))
class B(metaclass=M2):
    pass
print(type(B.__dict__).__name__, B.__dict__['added'], B.added)
C = Meta('C', (), {'y': 5})
print(type(C.__dict__).__name__, C.__dict__['y'])
try:
    A.__dict__['z'] = 1
except TypeError as e:
    print(type(e).__name__, e)
