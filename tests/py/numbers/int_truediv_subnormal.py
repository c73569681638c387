# int / int producing subnormal floats must round correctly, not flush to zero.
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 1 / 2**1076, 3 / 2**1075, 2**20 / 2**1094)
print(1 / 2**1022, 1 / 2**1023, 1 / 2**1060, 5 / 10**324, 7 / 10**323, -1 / 2**1074)
print((2**53 + 1) / 2**1100, 10**10 / 10**330, (1).__truediv__(2**1074), (10**330).__rtruediv__(5))
n, d = (5e-324).as_integer_ratio()
print(n, d == 2**1074, n / d, n / d == 5e-324, (1e-310).as_integer_ratio()[0] / (1e-310).as_integer_ratio()[1])
# Values around the normal/subnormal boundary.
for k in [1021, 1022, 1023, 1050, 1073, 1074]:
    q = 3 / 2**k
    print(k, q, q == 3.0 * 2.0**-k, (2**k + 1) / 2**(2 * k) if k < 1040 else 'skip')
print(-(10**5) / 10**330, 10**400 / 10**720, (10**400 + 1) / 10**720)
