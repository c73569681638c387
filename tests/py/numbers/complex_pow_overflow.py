# Complex ** with a large integer exponent overflows with "complex exponentiation".
for z, n in [(1 + 1j, 10**6), (10 + 0j, 400), (2j, 2000), (-3 + 0j, 1000), (1e200 + 1e200j, 2)]:
    try:
        print(z, n, z ** n)
    except OverflowError as e:
        print(z, n, type(e).__name__, e)
for z, n in [(1 + 1j, 100), (0.5 + 0.5j, 2000), (1j, 10**9 + 1), (-1 + 0j, 10**6 + 1)]:
    print(z, n, z ** n)
print((1 + 1j) ** 1.5, (2 + 0j) ** 1023, (0.5 + 0j) ** 3)
