# float repr is the shortest string that round-trips; str equals repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 0.3, 100.0, 1.5e-7,
        4.35, 0.57, 1.1 * 1.1, 2.0**0.5, -2.5e-10, 12345678.9, 1e100, 9.999999999999999e22]
for v in vals:
    r = repr(v)
    print(r, str(v) == r, float(r) == v)
print(repr(-0.0), repr(0.0), repr(1.0), repr(-1.0), repr(10.0**15), repr(10.0**16), repr(1e-7), repr(123e-9))
print(repr(float(2**53)), repr(float(2**63)), repr(float(10**17)), repr(0.1 * 3), repr(1 - 1e-16))
print([0.1] * 2, (1.5, -0.0), {1.5: 2.5}, str([1e-10, 1e10]))
