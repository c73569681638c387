# Metaclass conflicts, derived metaclasses, and class attributes on metaclasses.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__, [k.__name__ for k in type(D).__mro__])
class Sub1(M1): pass
class E(A, metaclass=Sub1): pass
class F(E, A): pass
print(type(F).__name__)
class Counting(type):
    instances = 0
    def __call__(cls, *a, **k):
        Counting.instances += 1
        return super().__call__(*a, **k)
    @property
    def description(cls):
        return f'class {cls.__name__}'
class G(metaclass=Counting): pass
G(); G()
print(Counting.instances, G.description, hasattr(G(), 'description'))
try:
    class Bad(metaclass=5): pass
except TypeError as e:
    print(type(e).__name__, e)
