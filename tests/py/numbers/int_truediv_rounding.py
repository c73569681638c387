# True division of ints is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5, type(4 / 2).__name__)
print(10**30 / 10**15, (10**400) / (10**399), (2**1100) / (2**1000), 3**1000 / 3**999, -(10**500) / 10**480)
print(10**16 / 3, (2**53 + 1) / 1, (2**53 + 1) / 2, (2**54 + 3) / 2)
print(1 / 2**1000, 3 / 2**900, (2**1024 - 1) / 2)
print((10**100 + 1) / 10**100, 123456789123456789123456789 / 1000000000000000000, 1 / 10**400, -1 / 10**400)
for a, b in [(10**400, 1), (2**1024, 1), (1, 0), (10**500, 10**100), (0, 0), (-(2**1024), 3)]:
    try:
        print(a / b if a < 10**50 else str(a / b)[:20])
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sum(1 / (n * n) for n in range(1, 10)), 7 / 7.0, 1e308 / 10)
print((2**1024 - 2**971) / 1)
try:
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
