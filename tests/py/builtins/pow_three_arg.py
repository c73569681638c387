# pow() with a modulus: negative exponents (modular inverse) and error messages.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(2, -1, -7))
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3), pow(2, 5, None), pow(True, 2, 3))
class I:
    def __index__(self): return 3
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
print(pow(P(), 2, 9), pow(2, P()), P() ** 3)
for thunk in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(0, -1, 5), lambda: pow(2.0, 3, 5),
              lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0), lambda: pow(0, -1), lambda: pow(0.0, -1),
              lambda: pow(2, I(), 5), lambda: pow(), lambda: pow('a', 2),
              lambda: pow(2, 3, '5'), lambda: pow(1j, 2, 3)]:
    try:
        print(thunk())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(-8, 1/3).real > 0, type(pow(-8, 0.5)).__name__, pow(2, -2), pow(-2, -3))
