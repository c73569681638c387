# More set methods and in-place operators with small ints.
s = {1, 2, 3}
t = s.copy()
t.add(4)
print(s, t, s.issubset(t), t.issuperset(s), s < t, t > s)
u = set()
u.update(range(3), [5])
u.intersection_update({0, 1, 5, 6})
print(u)
u.difference_update([0])
u.symmetric_difference_update({1, 7})
print(u)
print(s.union(), s.intersection(), s.difference(), {1, 2}.isdisjoint([3]), set.union({1}, {2}, {3}))
v = {0, 1, 2, 3, 4, 5}
for x in [1, 3]:
    v.discard(x)
print(v, len(v), min(v), max(v), sum(v))
v.clear()
print(v, bool(v))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
