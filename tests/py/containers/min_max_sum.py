# min/max/sum with key and default, any/all.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('apple', 'pear', key=len), min('aB', key=str.lower))
print(max([], default='empty'), min((), default=None), max([1, 5, 3], key=lambda x: -x))
print(max([(1, 'b'), (1, 'a')]), max([2, 2.0]), max([2.0, 2]), min(['b', 'a', 'c']))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([4, 2, 3], key=lambda x: x % 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(x * x for x in range(4)))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True, 2]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, 'a']), lambda: max([], key=len),
            lambda: min([1], default=0, key=None, extra=1), lambda: max(1, 2, default=0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
