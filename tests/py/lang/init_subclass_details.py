# __init_subclass__ is an implicit classmethod, called for subclasses only, with class kwargs.
class Base:
    seen = []
    def __init_subclass__(cls, flag=False, **kw):
        Base.seen.append((cls.__name__, flag, sorted(kw)))
        super().__init_subclass__(**kw) if not kw else None
print(type(Base.__dict__['__init_subclass__']).__name__)
class A(Base): pass
class B(A, flag=True): pass
class C(Base, flag=1, extra=2): pass
print(Base.seen)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__ kw', kw)
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__ kw', kw)
        super().__init__(name, bases, ns)
class WithMeta(Base, metaclass=Meta, flag='m'): pass
print(Base.seen[-1])
class Strict:
    def __init_subclass__(cls):
        print('strict hook for', cls.__name__)
class S1(Strict): pass
try:
    class S2(Strict, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S3(bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
X = type('X', (Base,), {}, flag='via type')
print(Base.seen[-1])
try:
    type('Y', (), {}, junk=1)
except TypeError as e:
    print(type(e).__name__, e)
