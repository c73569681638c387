# Floor division and modulo with all sign combinations, ints and floats.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % -5, -0.0 % 5, 0.0 % -5, 5 % 5, -5 % 5)
print(1e300 // 1e-300 if False else 'skip', 3 % 0.7, -3 % 0.7, 10 % 3.5)
print(divmod(10 ** 20, 7), divmod(-1, 10 ** 20), divmod(7, 2.5))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('//', '%', 'divmod'):
        try:
            r = a // b if op == '//' else a % b if op == '%' else divmod(a, b)
            print(r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
