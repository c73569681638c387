# Truth testing calls __bool__ (or __len__) once per test and validates the result.
class B:
    def __init__(self, r): self.r = r
    def __bool__(self):
        print('  __bool__ ->', repr(self.r))
        return self.r
for r in [True, 0, 1, 'yes', None]:
    try:
        print('bool', bool(B(r)))
    except TypeError as e:
        print(type(e).__name__, e)
for label, thunk in [('if', lambda: 'y' if B(1) else 'n'), ('not', lambda: not B(1)),
                     ('and', lambda: B(1) and 'rhs'), ('while', lambda: [None for _ in iter(lambda: bool(B(False)), False)])]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(B(False) or 'or-rhs', B(True) and 'and-rhs')
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenBool:
    def __len__(self): return 'x'
try:
    bool(LenBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenNeg:
    def __len__(self): return -3
try:
    if LenNeg(): pass
except ValueError as e:
    print(type(e).__name__, e)
class SubBool(int):
    def __bool__(self): return False
print(bool(SubBool(5)), bool(int(SubBool(5))))
