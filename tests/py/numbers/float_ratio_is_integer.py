# float.as_integer_ratio and is_integer.
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1/3, 1e20, 1e-20, 2.0**-1000, 1.7976931348623157e308, 2.5, 3.0]:
    n, d = v.as_integer_ratio()
    print(repr(v), (n, d) if max(abs(n), d) < 10**30 else (len(str(n)), len(str(d))), n / d == v, v.is_integer())
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(v.is_integer())
print((2.5).numerator if hasattr(2.5, 'numerator') else 'no numerator', (2.5).real, (2.5).imag, (2.5).conjugate())
print(float.as_integer_ratio(8.0), (4.0).is_integer(), (4.000000000000001).is_integer(), (1e300).is_integer())
class F(float):
    pass
print(F(1.5).as_integer_ratio(), type(F(1.5).real).__name__, type(F(1.5).conjugate()).__name__)
