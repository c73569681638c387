# frozenset: immutable, hashable, methods return frozensets, no mutators.
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset(f) is f, frozenset(range(3)), len(f), 2 in f)
print(f | {9}, f & {1, 9}, f - {1}, f.copy() is f, f.union(), f.difference([1], [2]))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: 'k'}[frozenset({1, 2, 3})], {frozenset(): 0}, hash(frozenset()) == hash(frozenset([])))
print({frozenset([1]), frozenset([1])}, f <= {1, 2, 3}, f < {1, 2, 3}, f.issuperset([1]), f == {1, 2, 3})
class FS(frozenset):
    pass
g = FS([1, 2])
print(type(g).__name__, g, type(g | {3}).__name__, type(g.copy()).__name__, repr(FS()))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update']:
    print(name, hasattr(f, name))
for bad in [lambda: f.add(1), lambda: frozenset(5), lambda: frozenset([[1]]), lambda: f.union([[]]), lambda: f[0]]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
