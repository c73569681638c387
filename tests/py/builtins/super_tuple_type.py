# super, tuple, type.
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
print(B().f(), super(B, B()).f(), type(super(B, B())).__name__)
print(tuple(), tuple([1]), tuple('ab'), tuple(range(3)), tuple({'k': 1}))
print(type(1), type('a'), type([]), type(None), type(type), type(A), type(A()), type(len), type(B.f))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(1j).__name__, type(b'').__name__)
try:
    super().f()
except RuntimeError as e:
    print(type(e).__name__, e)
