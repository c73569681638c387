# Two-argument pow and ** with negative exponents and zero bases.
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -3, type(2 ** -1).__name__, 2 ** 0, 0 ** 0)
print(pow(2, -1074), pow(2, -1075), pow(2, -1076), pow(10, -323))
for b, e in [(0, -1), (0, -2), (0.0, -1), (-0.0, -1), (0, -1.5), (2**2000, -1), (10, -400)]:
    try:
        print(b, e, b ** e)
    except (ZeroDivisionError, OverflowError) as exc:
        print(b if b < 10**9 else 'big', e, type(exc).__name__, exc)
print((-8) ** (1 / 3), (-1) ** 0.5, 4 ** 0.5, (-4) ** 0.5, type((-4) ** 0.5).__name__)
print(2 ** 100, (-2) ** 101, 3 ** 50 == pow(3, 50), (-1) ** (10**18), (-1) ** (10**18 + 1))
print(2.0 ** 2, 2 ** 2.0, 2.5 ** -1, (-2.0) ** 3, (-2.0) ** -2, 1.0 ** 1e308, 0.0 ** 0, float('inf') ** 0)
