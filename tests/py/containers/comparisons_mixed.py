# Comparison rules between containers of different types.
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), {1: 2} == {1: 2.0}, {1} == frozenset({1}))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] < [[2]], [1, 'a'] < [2, 'a'], (1, 2) <= (1, 2))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3}, {1, 4} > {1}, frozenset({1}) < {1, 2})
print(b'a' == bytearray(b'a'), b'a' < bytearray(b'b'), range(3) == range(0, 3), 'a' == b'a', [1] != (1,))
print([float('nan')] == [float('nan')], (1, 2) == [1, 2], {(): 1} == {(): 1}, dict(a=1) == {'a': 1})
for bad in [lambda: [1] < (1,), lambda: (1,) < [1], lambda: {1: 2} < {1: 2}, lambda: [1, 'a'] < [1, 2],
            lambda: {1} < [1], lambda: [1] < 'a', lambda: None < None, lambda: {} <= {}]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
