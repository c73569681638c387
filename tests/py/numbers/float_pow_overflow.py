# Float ** overflow raises OverflowError with the errno-style message.
for b, e in [(2.0, 10000), (10.0, 400), (-10.0, 401), (2, 10000.0), (1e200, 2), (1.5, 2000), (-1e300, 3)]:
    try:
        print(b ** e)
    except OverflowError as exc:
        print(b, e, type(exc).__name__, exc)
for b, e in [(2.0, -10000), (0.5, 2000), (1e-200, 2), (-1e-300, 3)]:
    print(b, e, b ** e)
for b, e in [(-8.0, 1 / 3), (-1.0, 0.5), (-2.0, 1.5)]:
    r = b ** e
    print(b, e, type(r).__name__, r)
print(pow(2.0, 1023), pow(2.0, -1074), pow(-2.0, 1023), 2.0 ** 1023 * 1.5)
