# float ** float on the fast path must give CPython's results, and its errors fall back.
vals = [0.5, 2.0, 3.7, 1e-300, 1e300, 7.0, 10.0]
exps = [0.5, 2.0, -1.5, 3.0, 0.0, -0.0, 1e10, -300.0, 2]
for v in vals:
    for e in exps:
        try:
            print(repr(v ** e), end=" ")
        except Exception as ex:
            print(type(ex).__name__, end=" ")
    print()
print(2 ** 0.5, 9 ** 0.5, 2.0 ** 3, 1.5 ** 2)
