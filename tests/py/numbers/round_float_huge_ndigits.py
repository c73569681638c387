# round(float, ndigits) with very large positive or negative ndigits.
for v in [2.5, -2.5, 1e300, 5e-324, 0.1, -0.0]:
    print(repr(v), round(v, 2**63), round(v, -(2**63)), round(v, 10**20), round(v, -(10**20)), round(v, 400), round(v, -400))
print(round(1.5, 309), round(1.5, 308), round(1e308, -308), round(1e308, -309), round(5e-324, 324), round(5e-324, 323))
print(type(round(2.5, 2**63)).__name__, repr(round(-2.5, -(2**63))), repr(round(float('inf'), 2**63)), repr(round(float('nan'), -(2**63))))
for n in [2**64, -(2**64), 10**30]:
    print(n if abs(n) < 10**20 else 'big', round(7.25, n))
try:
    round(2.5, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
