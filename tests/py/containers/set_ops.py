# set and frozenset operations (small ints only, so iteration order is deterministic).
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([0]), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
print(a <= {1, 2, 3, 4, 5}, a < a, a.issubset(range(10)), a.issuperset({1}), a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], (7,))
s.discard(100)
s.remove(5)
print(s, s.pop(), s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
s |= {5}; s &= {1, 5, 6, 7}; s -= {7}; s ^= {1, 2}
print(s)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print({f: 'frozen key'}[frozenset({1, 2, 3})], {1, 2} == frozenset({1, 2}), set() == frozenset())
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set('aab') == {'a', 'b'}, sorted({'b', 'a'}), len(set(range(100)) - set(range(50))))
print(sorted({-1, -5, 3}), {3, 1, 2}, set(range(5)), {1, True, 1.0})
