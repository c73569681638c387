# Complex arithmetic: mixed operands, division, pow, abs, conjugate.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a == 3 + 4j, a != b, abs(a), abs(-5j), abs(0j))
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, True - a, a * False)
print(a.conjugate(), (1j).conjugate(), (3 + 0j).conjugate(), a.real, a.imag, type(a.real).__name__)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, 1j ** 1j, 2 ** 1j, (-1) ** 0.5, (-8 + 0j) ** (1 / 3))
print(pow(a, 2), pow(1j, 3), pow(1j, 4), (1 + 1j) ** 10, (1 + 1j) ** -2, 0j ** 0, 0j ** 2, (2 + 0j) ** 3)
print(1j * 1j, 1j ** 2 == -1, (1e200 + 1e200j) * (1e200 + 1e200j), abs(1e300 + 1e300j), abs(3e-320 + 4e-320j))
print(complex(1, 2) / complex(1e-300, 1e-300), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 2j) / 1e-320)
for x, y in [(a, 0), (a, 0j), (0j, -1), (0j, 1j), (0j, -1 + 1j)]:
    try:
        print(x / y if y == 0 else x ** y)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
for op in [lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a < b, lambda: round(a), lambda: int(a), lambda: float(a)]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
