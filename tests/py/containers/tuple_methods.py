# tuple.index/count with ranges, errors, hashing of tuples of ints, comparisons.
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3), t.count(2), t.count(9), t.count(1.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1,)) != hash((2,)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) == (1, 2.0), (1, 'a') != (1, 'b'))
print(tuple(), tuple([1]), tuple('ab'), tuple(range(3)), tuple({1: 2}), (1,) * 3, 2 * (0,), (1,) + (2,))
print(t[1:4], t[::-1], t[-2:], t[10:], type(t[1:]).__name__)
bads = [lambda: t.index(9), lambda: t.index(2, 4), lambda: t.index(), lambda: t.count(), lambda: t[10],
        lambda: t + [1], lambda: t * 1.5, lambda: hash((1, [])), lambda: t.__setitem__(0, 1), lambda: (1,) < ('a',),
        lambda: tuple(1), lambda: t['x'], lambda: t.append(1)]
for bad in bads:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
