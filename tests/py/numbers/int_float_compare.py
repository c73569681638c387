# Exact comparisons between ints and floats, hash consistency.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'), 10 ** 400 == float('inf'))
print(0.1 == 1 / 10, 0.1 + 0.2 == 0.3, 0.5 == 1 / 2, float('nan') != float('nan'), 1 < float('nan'))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(1.5), hash(-1.0), hash(0.5), hash(float('inf')), hash(10 ** 20), hash(-(10 ** 20)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(True), hash(None) == hash(None))
print({1: 'a', 1.0: 'b'}, {2, 2.0, 2 + 0j}, 3 in [3.0], [1, 2.0].index(2))
print(sorted([3, 1.5, 2, 0.5, -1]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
