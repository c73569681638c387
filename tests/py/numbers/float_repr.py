# repr of floats: shortest round-trip representation and exponent switching.
vals = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 0.0001234, 123456789.0, 1.0, -0.0, 0.0, 2.5,
        1 / 3, 2 / 3, 100.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.1 * 3, 1.1 * 1.1,
        123e-20, 1234567890123456789.0, 4.35, 0.3, 1e100, 12345678.9]
for v in vals:
    print(repr(v), str(v))
print(float('1e500'), -float('1e500'), float('-nan'), float('  3.5  '), float('1_000.5'))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-400)
