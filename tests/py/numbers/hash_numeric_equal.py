# Numeric hashes agree across int, float, complex, bool, and follow CPython's modular scheme.
import sys
M = 2**61 - 1
for n in [0, 1, -1, -2, 2, 100, -100, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -2**61, 2**62, 2**64,
          -(2**64), 10**20, -(10**20), 2**100, 3**200]:
    h = hash(n)
    print(n if n < 10**15 else 'big', h, h == hash(float(n)) if abs(n) < 2**1000 else '-', h == hash(complex(n, 0)))
print(hash(True), hash(False), hash(1.0), hash(0.0), hash(-0.0), hash(0j), hash(-0.0j), hash(-1.0))
print(hash(0.5), hash(-0.5), hash(0.25), hash(1.5), hash(0.1), hash(1e100), hash(-1e-100), hash(5e-324))
print(hash(float('inf')), hash(float('-inf')), hash(complex(1, 2)), hash(1j), hash(-1j), hash(complex(0.5, -0.5)))
print(hash(complex(float('inf'), 0)), hash(complex(0, float('inf'))), sys.hash_info.imag, sys.hash_info.inf)
print(hash(2**61 - 1) == 0, hash(-(2**61 - 1)) == 0, hash(2**122 - 1), hash(-(2**122)), hash(M * 7 + 3))
x = float('nan')
print(hash(x) == hash(x), type(hash(x)).__name__, {1: 'a', 1.0: 'b', True: 'c', 1 + 0j: 'd'})
class MyInt(int):
    pass
print(hash(MyInt(-1)), hash(MyInt(2**61)), len({0, 0.0, -0.0, 0j, False}), len({1, 1.0, True, 1 + 0j, 2}))
