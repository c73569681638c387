# abs(): numeric results, __abs__ dispatch and error messages.
print(abs(-7), abs(-2**100), abs(-0.0), abs(-1.5e300), abs(3 - 4j), abs(True), abs(-False))
print(type(abs(True)).__name__, abs(float('-inf')), abs(complex(-0.0, 0)))
class A:
    def __abs__(self): return 'anything'
class Sub(int):
    pass
print(abs(A()), abs(Sub(-3)), type(abs(Sub(-3))).__name__)
class OnlyNeg:
    def __neg__(self): return 1
for thunk in [lambda: abs('x'), lambda: abs(None), lambda: abs([]), lambda: abs(OnlyNeg()),
              lambda: abs(), lambda: abs(1, 2), lambda: abs(x=1)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(float('nan')) != abs(float('nan')), abs(-10**20) == 10**20)
