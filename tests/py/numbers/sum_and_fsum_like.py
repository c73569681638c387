# sum() of ints, floats (3.12 uses compensated summation for floats), mixtures.
print(sum([]), sum([], 10), sum(range(10)), sum([1, 2.5]), sum([0.1] * 10))
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([1, 2], 0.5), sum((x / 10 for x in range(10))), sum([True, 2, 3.0]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1j, 2, 0.5]), sum(range(10 ** 6)), sum([2 ** 64, 2 ** 64]))
