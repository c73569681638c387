# Complex numbers.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 1j, z + 1, z - 1j, z * z, z / 2)
print(complex(1, 2), complex('1+2j'), complex(3), complex(), complex('-1.5j'), 1j ** 2, (1 + 1j) ** 2)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e20j))
print(z == 3 + 4j, z != 3, 1 + 0j == 1, complex(2, 0) == 2.0, type(z).__name__)
print(complex(float('inf'), 1), complex(1, float('nan')))
for bad in [lambda: z < z, lambda: int(z), lambda: z // 2, lambda: z % 2, lambda: complex('x'), lambda: 1 / 0j]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
