# Float arithmetic details.
print(0.1 + 0.7, 0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 * 3, 1e-10 + 1, 100 * 1.1)
print(2 / 3 * 3, 1 - 0.9, 0.57 * 100, int(0.57 * 100), 4.35 * 100, 1.005 * 1000)
print(float.__name__, (1.5).__round__(), (2.5).__round__(), (1.25).__round__(1), (7.0).__trunc__())
print((-1.5).__floor__() if hasattr(float, '__floor__') else -2, (3.7).__int__(), (3.5).__ceil__() if hasattr(float, '__ceil__') else 4)
print(5e-324 / 2, 5e-324 * 0.5, 2.0 ** -1074, 2.0 ** -1075)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 12) == 1.0)
