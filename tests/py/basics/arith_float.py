# Float arithmetic and mixed int/float.
print(1.5 + 2, 3 - 0.5, 2 * 2.5, 7 / 2, 7.0 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3)
print(1e300 * 1e10, -1e300 * 1e10)
print(2 ** 0.5, 4 ** 0.5, 10 ** -2)
print(3.0 == 3, 3.5 > 3, 1 / 4 == 0.25)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
x = 1.0
x /= 4
print(x)
x += 0.75
print(x, x.is_integer())
