# slice.indices for many combinations, including negative steps and huge bounds.
cases = [slice(None), slice(None, None, -1), slice(2, None, -1), slice(-1, -10, -2), slice(10, 0, -3), slice(-100, 100),
         slice(5, 2), slice(0, 0), slice(None, -1), slice(3, None, 2), slice(10**20, None), slice(None, -10**20, -1)]
for s in cases:
    print(s, [s.indices(n) for n in (0, 1, 5)])
print(slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3), repr(slice('a', [1], None)))
class Idx:
    def __index__(self):
        return 2
print(slice(Idx(), None).indices(5), list(range(10))[Idx():7], (1, 2, 3, 4)[Idx()])
for bad in [lambda: slice(None, None, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice(1.5).indices(3),
            lambda: slice('a').indices(1), lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1).indices()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
