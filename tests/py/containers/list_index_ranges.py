# list.index with start/stop (negative, out of range, huge), count, and equality-based search.
l = [0, 1, 2, 0, 1, 2, 0]
for args in [(0,), (0, 1), (0, 4), (0, -1), (0, -3, -1), (2, -100), (1, 2, 100), (0, 1, 3), (2, 5, 6), (0, 10**20), (0, -10**20)]:
    try:
        print(args, l.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
print(l.count(0), l.count(3), [1.0, 1, True].count(1), [[1], [1]].index([1]), [float('nan')].count(float('nan')))
nan = float('nan')
print([nan].index(nan), [nan].count(nan), nan in [nan], [nan] == [nan])
class Eq:
    def __eq__(self, other):
        return other == 2
print([1, 2, 3].index(Eq()), [1, 2, 3].count(Eq()), Eq() in [5, 2], [1, 2, 3].remove(Eq()))
