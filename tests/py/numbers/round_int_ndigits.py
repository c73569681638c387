# round() on ints: with and without ndigits, negative ndigits, half-to-even.
for n in [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 250, 350, -250, 12345, 10**20 + 5 * 10**18]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3))
print(type(round(5)).__name__, type(round(5, 2)).__name__, type(round(5, -1)).__name__, round(True, -1), type(round(True)).__name__)
print(round(2**100 + 2**99, -30), round(-(2**100), -100), round(123, -1000), round(-123, -1000))
print(round(5, 10**100), round(-5, 2**63), round(7, -10), round(-7, -1), round(-15, -1))
class I(int):
    pass
print(type(round(I(7))).__name__, type(round(I(7), -1)).__name__)
for args in [(5, 1.5), (5, '1'), (5, None)]:
    try:
        print(args, round(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
