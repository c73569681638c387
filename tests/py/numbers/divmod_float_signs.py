# //, % and divmod with every sign combination, for ints and floats.
for a in [7, -7, 7.5, -7.5, 0, -0.0]:
    for b in [2, -2, 2.5, -2.5]:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, (q, r), q * b + r == a)
print(divmod(10**20, 7), divmod(-10**20, 7), divmod(10**20, -7), divmod(-(10**30), -(10**15 + 1)))
print(5 % float('inf'), -5 % float('inf'), 5 % float('-inf'), -5 % float('-inf'), 5 // float('inf'), -5 // float('inf'))
print(divmod(1e308, 1e-308)[1], 0.0 % -1, -0.0 % 1, 1e-300 % -1)
print(6 % -4, -6 % 4, 6.0 % -4, -6.0 % 4, 1 % 0.1, 1 // 0.1, divmod(1, 0.1), 3.0 // 0.1)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (1.0, -0.0), (10**50, 0)]:
    for op in ['//', '%', 'divmod']:
        try:
            r = divmod(a, b) if op == 'divmod' else (a // b if op == '//' else a % b)
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, type(e).__name__, e)
for a, b in [(float('nan'), 1), (1, float('nan')), (float('inf'), 2)]:
    print(a // b, a % b)
