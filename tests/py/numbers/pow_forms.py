# ** and pow() in all forms.
print(2 ** 10, 2 ** -2, (-2) ** 3, (-8) ** (1 / 3) if False else 'skip', 2.0 ** 3, 4 ** 0.5, 0 ** 0, 0.0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
print(pow(2, 0.5), pow(-1, 0.5), (-1) ** 0.5, 10 ** 20, 10.0 ** 20, 2 ** 0.0)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(pow(2, 2, 3)).__name__)
