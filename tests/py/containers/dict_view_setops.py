# Set operations on dict keys/items views with sets, lists and other views (int keys only).
d1 = {1: 'a', 2: 'b', 3: 'c'}
d2 = {2: 'b', 3: 'x', 4: 'd'}
k1, k2 = d1.keys(), d2.keys()
print(k1 & k2, k1 | k2, k1 - k2, k1 ^ k2, type(k1 & k2).__name__)
print(k1 & [2, 9], k1 | range(5, 7), k1 - (1,), [3, 7] & k1, {0} | k1, range(3) - k1)
i1, i2 = d1.items(), d2.items()
print(sorted(i1 & i2), sorted(i1 - i2), sorted(i1 ^ i2), sorted(i1 | [(9, 'z')]))
print(k1 == {1, 2, 3}, k1 == [1, 2, 3], k1 < {1, 2, 3, 4}, k1 <= k1, k1 > {1}, k1.isdisjoint({5}), i1.isdisjoint(i2))
print(i1 == {(1, 'a'), (2, 'b'), (3, 'c')}, (2, 'b') in i1, (2, 'x') in i1, 2 in k1, [2] in i1)
print(d1.values() == d1.values(), 'a' in d1.values(), len(d1.values()), list(d1.values()))
for bad in [lambda: k1 | 5, lambda: d1.values() | {1}, lambda: i1 & 5, lambda: k1 + k2, lambda: [[1]] & k1, lambda: k1[0]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
