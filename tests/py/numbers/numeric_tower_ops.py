# Mixed-type arithmetic promotes int -> float -> complex.
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + 1).__name__)
print(1 + 2.5, 2 * 1j, 3 - 0.5j, 4 / 2, 4 // 1.5, 2 ** 2.0, 1j ** 2, (2 + 0j) ** 2)
print(1 == 1.0 == (1 + 0j), 2 ** 0.5 == 2 ** (1 / 2), 10 / 5 == 2)
print(divmod(7, 2.0), 7 % 2.5, -7 % 2.5, abs(-2 + 0j), complex(1, 1) * complex(1, -1))
print(round(2.5 + 0.0), int(2.9 + 0.2), float(3) / 2, 3 / float(2))
print(sum([1, 2.0, 3j]), max(1, 2.0), min(1.0, 1), max(True, 0))
