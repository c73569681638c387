# A nan with its sign bit set still prints as 'nan' with a '+' in complex reprs.
nan = float('nan')
neg = -nan
print(repr(neg), str(neg), format(neg, ''), format(neg, '.1f'), '%f' % neg)
for z in [complex(1, neg), complex(neg, 1), complex(neg, neg), -complex(nan, nan), -complex(float('inf'), nan),
          complex(0, neg), complex(-0.0, neg)]:
    print(repr(z), str(z), format(z, ''), format(z, '.1f'))
print(repr(complex('-nanj')), repr(complex('nan-nanj')), repr(complex('-nan+1j')))
print(-nan == -nan, [neg], (neg, complex(neg, 0)))
z = (1e200 + 1e200j) * (1e200 + 1e200j) * 1e200
print(repr(z), repr(z * z))
