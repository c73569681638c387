# __index__, __int__ and __float__: which builtins use which, and bad return types.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class N:
    def __int__(self): return 7
class F:
    def __float__(self): return 2.5
print(int(I(4)), float(I(4)), hex(I(255)), [0, 1, 2, 3][I(1)], 'abc'[I(0):I(2)], range(I(3)))
print(list(range(10))[I(1):I(9):I(3)], [1] * I(2), 'x' * I(3), complex(I(1)))
print(int(N()), float(F()), complex(F()), round(2.567, I(1)))
for thunk in [lambda: [1][N()], lambda: hex(N()), lambda: range(F()), lambda: float(N()),
              lambda: int(F()), lambda: 'ab' * F(), lambda: chr(N())]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class BadI:
    def __index__(self): return 'nope'
class BadN:
    def __int__(self): return 1.5
class BadF:
    def __float__(self): return 3
for thunk in [lambda: [1][BadI()], lambda: int(BadN()), lambda: float(BadF()),
              lambda: int(BadI()), lambda: complex(BadF())]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class Both:
    def __index__(self): return 1
    def __int__(self): return 2
print(int(Both()), [10, 20, 30][Both()], float(Both()))
