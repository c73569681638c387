# Class-level attribute manipulation: setattr on classes, delattr, __dict__ contents, __name__ changes.
class C:
    a = 1
setattr(C, 'b', 2)
C.c = lambda self: 'method added later'
print(C.a, C.b, C().c(), sorted(k for k in C.__dict__ if not k.startswith('__')))
delattr(C, 'a')
print(hasattr(C, 'a'))
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__, repr(C).endswith("C'>"))
C.__qualname__ = 'Qual'
print(repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class D(C):
    pass
print(D.b, D.__bases__[0].__name__, D.__mro__[1] is C)
class E:
    e_attr = 'from E'
D.__bases__ = (E,)
print(hasattr(D, 'b'), D.e_attr, [k.__name__ for k in D.__mro__])
