# range: index/count/contains, slicing, reversed, equality, repr, len, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], r[100:], r[-100:2])
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 8.0 in r, r.start, r.stop, r.step)
print(range(0), range(5), range(1, 5), range(5, 1, -2), repr(range(0, 10, 1)), list(range(5, 1, -2)))
print(range(0) == range(5, 2), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 8, 3), range(2) != [0, 1])
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), reversed(range(3)).__length_hint__())
print(len(range(-5, 5)), len(range(10, 0, -3)), range(10 ** 20)[-1], range(0, -10, -3)[1:][::-1])
print(hash(range(0)) == hash(range(3, 3)), bool(range(0)), bool(range(1)), range(3)[True], max(range(4)), sum(range(5)))
for bad in [lambda: r.index(9), lambda: range(1, 2, 0), lambda: range(1.0), lambda: r[10], lambda: r['x'],
            lambda: range(), lambda: range(1, 2, 3, 4), lambda: r.count(), lambda: len(range(10 ** 20)), lambda: r < r]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
