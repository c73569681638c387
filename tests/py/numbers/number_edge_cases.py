# Edge cases: negative zero, inf/nan arithmetic, min/max ints, float precision.
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, abs(-0.0), 1 / 1e-320 if False else 'skip')
print(1e308 + 1e308, 2 ** 1023 * 2.0 if False else 'skip', 1.0 - 1e-16 == 1.0, 1.0 + 2 ** -52 > 1.0)
print(sum([0.1] * 10), 0.1 * 10, sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(9007199254740993, float(9007199254740993), int(float(9007199254740993)))
print(7 / 7, 10 / 4, -10 / 4, 2 ** 0.5 * 2 ** 0.5, (0.1).as_integer_ratio())
try:
    inf // 1
    print(inf // 1, inf % 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(inf, 1))
except Exception as e:
    print(type(e).__name__, e)
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, nan, 1]) is not None)
