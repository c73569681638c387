# repr/str of complex numbers with signed zeros, inf and nan parts.
inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.5, inf, -inf, nan, 1e16, 1e-5, 2.5e-300]
for r in parts:
    print(' '.join(repr(complex(r, i)) for i in parts))
print(str(complex(1, 2)), str(1j), str(-1j), repr(-(1j)), repr(0j * -1), repr(-0j), repr(-(0j)), repr(0 - 0j), repr(-0.0 - 0j))
print(repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(-complex(0, 0)), repr(1j * 1e308 * 10), repr(complex(1e16, 1e16)))
print([1j, -2 + 0j], (1 + 1j,), repr(1j.real), repr((-1j).real), repr(complex(-0.0, -0.0).real))
# Negative zero and signs through arithmetic.
z = complex(-0.0, 0.0)
print(repr(z), repr(-z), repr(z * 1), repr(z + 0), repr(z - 0), repr(z.conjugate()), repr(abs(z)))
print(repr(complex(0.0, -0.0) + complex(-0.0, 0.0)), repr(-(1 + 0j)), repr((1 + 0j) * -1), repr(0j - 0j))
print(repr(complex(float('nan'), -0.0)), repr(complex(-float('nan'), 1)), repr(complex(-float('inf'), float('nan'))))
print(repr(complex(1e-320, -1e-320)), repr(complex(1e300, -1e300) * 10), repr(complex(123456789012345678, 0)))
