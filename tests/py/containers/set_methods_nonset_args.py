# Set methods accept any iterable; operators require sets.
s = {1, 2, 3}
print(s.union([4], range(5, 7), (0,)), s.intersection([2, 3, 9], {3}), s.difference(range(2)), s.symmetric_difference([3, 4]))
print(s.issubset([1, 2, 3, 4]), s.issuperset(range(1, 3)), s.isdisjoint(iter([7, 8])), s.union(), s.intersection())
print(frozenset([1, 2]).union([3]), type(frozenset([1]).union([2])).__name__, type({1}.union(frozenset([2]))).__name__)
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {1, 2} == frozenset([1, 2]))
bads = [lambda: s | [4], lambda: s & (1,), lambda: s - range(1), lambda: s ^ [1], lambda: [1] | s,
        lambda: s.union(5), lambda: s.update(1), lambda: s <= [1], lambda: s < [1, 2, 3, 4], lambda: s.issubset(3)]
for bad in bads:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
t = {1, 2}
t |= {3}
t.update([4], (5,))
t.intersection_update([1, 2, 3, 4], {2, 3, 4})
t.difference_update([4], [9])
t.symmetric_difference_update(range(2, 5))
print(t)
try:
    t |= [9]
except TypeError as e:
    print(type(e).__name__, e)
