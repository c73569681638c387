# Python 3.12 sum() of floats uses compensated (Neumaier) summation.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(sum([1e16, 1.0, 1.0]), sum([-0.0, -0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([0.1] * 10, 0.5), sum([1, 0.1, 0.2]), sum([float('inf'), 1.0]), sum([float('inf'), float('-inf')]))
print(sum(x / 10 for x in range(1, 11)), sum([2.0 ** -60] * 2 ** 10 + [1.0]))
vals = [1e-16] * 10 + [1.0]
print(sum(vals), sum(reversed(vals)), sum(vals) == sum(reversed(vals)))
print(sum([1.0, -1.0, 1e-300]), sum([3.0, 1e-16, -3.0]), sum([0.1, 0.2], 0.3))
