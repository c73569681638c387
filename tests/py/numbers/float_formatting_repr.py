# str/repr of floats in containers and arithmetic results.
vals = [0.1, 0.25, 1 / 3, 2 / 3, 10 / 3, 1e-7, 1.5e300, 123456789.123456789, 100.0, 1e16, 12345678912345678.0]
print(vals)
print([round(v, 3) for v in vals[:5]], [v * 10 for v in vals[:3]])
print(1.0, 10.0, 1e1, 1.0e-1, 3.0 * 1.1, 1.1 + 2.2 - 3.3, 0.1 ** 2, 1 / 7)
print(float(10 ** 15), float(10 ** 16), float(2 ** 63), 2.0 ** 63, float(-10 ** 17))
print(7.0 / 2, 7 // 2.0, -7 / 2, 2 ** 0.5, 10 ** 0.5, 1e-3 * 1e-3)
