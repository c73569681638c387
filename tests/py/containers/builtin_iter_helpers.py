# enumerate, zip, map, filter, reversed on containers.
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip('a')), list(zip(range(3), range(3), range(3))))
print(list(map(len, ['a', 'bb'])), list(map(pow, [2, 3], [3, 2])), list(map(str, [])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
z = zip('ab', [1, 2])
print(next(z), list(z), list(z))
print(dict(enumerate('xy')), dict(zip('ab', 'cd')))
