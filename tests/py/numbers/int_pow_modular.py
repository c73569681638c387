# Three-argument pow: modular exponentiation and modular inverses.
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
print(pow(2, 10**6, 10**9 + 7), pow(123456789, 987654321, 2**61 - 1), pow(10**30, 10**5, 10**20 + 39))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97), pow(2, -1, 1), pow(10**20, -1, 10**21 + 1))
for b, m in [(3, 7), (17, 3120), (7, 40), (5, 2**61 - 1)]:
    inv = pow(b, -1, m)
    print(b, m, inv, b * inv % m)
print(pow(True, 5, 3), pow(2, True, 3), pow(2, 5, True), (7).__pow__(2, 5), (2).__rpow__(3, 5))
cases = [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3, 0), (2, -1, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0),
         (2, '3', 5), (1j, 2, 3)]
for args in cases:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5, mod=7), pow(2, 5, None), pow(-1, -1, 3))
