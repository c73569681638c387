# round(float, ndigits): correctly rounded on the exact binary value.
vals = [2.675, 2.665, 0.125, 0.375, 1.005, 0.045, 1.15, 1.25, 1.35, -1.25, 5.5e-5, 123.456, 1e-20, 0.0, -0.0]
for v in vals:
    print(repr(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1))
for v in [12345.678, -987654.321, 15.0, 25.0, 35.0, 1e20, 2.5e22, 1.7976931348623157e308]:
    print(repr(v), round(v, -1), round(v, -2), round(v, -5), round(v, -20), round(v, -400), round(v, 400))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(1 / 3, 50), round(5e-324, 323), round(5e-324, 324))
print(repr(round(-0.4, 0)), repr(round(-0.04, 1)), repr(round(0.5, 0)), repr(round(-0.5, 0)), repr(round(-5.0, -1)))
print(round(1.5, None), type(round(1.5, None)).__name__, round(2**0.5, 10), round(1e15 + 0.3, 1))
# Halfway cases that are exactly representable round to even.
for v in [0.5, 1.5, 2.5, 0.25, 0.75, 12.5, 1250.0, 2.125, 2.375, -0.125]:
    print(repr(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
print(round(1e16 + 2, -1), round(123456789.123456789, 4), round(-1e-7, 6), round(9.995, 2), round(9.9951, 2))
print(type(round(2.5, 0)).__name__, type(round(2.5, -1)).__name__, round(2.5, 400), round(2.5, -400))
