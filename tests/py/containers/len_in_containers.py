# len() and `in` across container types.
items = [[], [1, 2], (), (1,), {}, {'a': 1}, set(), {1, 2, 3}, '', 'abc', b'xy', bytearray(3),
         range(5), range(0, 10, 3), frozenset([1]), {'a': 1}.keys(), {'a': 1}.values(), {'a': 1}.items()]
print([len(x) for x in items])
print(1 in [1], 1 in (1,), 1 in {1: 0}, 1 in {1}, 'b' in 'abc', 98 in b'abc', 3 in range(5))
print(0 in {'a': 0}, 0 in {'a': 0}.values(), ('a', 0) in {'a': 0}.items(), 'a' in {'a': 0}.keys())
print([1] in [[1]], (1,) in [(1,)], None in [None], float('nan') in [float('nan')])
nan = float('nan')
print(nan in [nan], [nan] == [nan], (nan,) == (nan,))
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in set()
except TypeError as e:
    print(type(e).__name__, e)
