# C3 linearization, diamond inheritance, and MRO conflicts.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
class Top:
    def who(self): return 'Top'
class L(Top):
    def who(self): return 'L>' + super().who()
class R(Top):
    def who(self): return 'R>' + super().who()
class Bottom(L, R):
    def who(self): return 'Bottom>' + super().who()
print(Bottom().who())
try:
    class Bad(A, O, B): pass
    print('no error?')
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class Bad2(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
