# round() on floats without ndigits: half-to-even, returns int.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0,
          2.675, 1e16, -0.0, 0.0, 1.0000000000000002, 123.5, 124.5]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
print(round(1e300) == 10**300, round(1e300) - int(1e300), round(-1e22), round(2.0**70))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 0), round(float('-inf'), -3))
class F(float):
    pass
print(type(round(F(2.5))).__name__, round(F(2.5)), type(round(F(2.5), 1)).__name__)
class R:
    def __round__(self, n=None):
        return ('R', n)
print(round(R()), round(R(), 3), round(R(), None))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
