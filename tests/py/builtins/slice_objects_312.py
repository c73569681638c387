# slice objects: indices(), comparisons, hashability (new in 3.12) and errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(5, 1, -2).indices(10), slice(-100, 100).indices(7), slice(None, None, -1).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(0) == (0,))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 'a'}[slice(1, 2)], len({slice(0, 1), slice(0, 1)}))
try:
    hash(slice([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self): return 2
print(slice(I(), None).indices(5), 'abcdef'[slice(I(), 4)])
print(slice('a', 'b', 'c'), slice(1.5, None).start, 'abc'[slice(None, None, None)])
for thunk in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1.5, 2).indices(5), lambda: slice(1, 2).indices(-1),
              lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: [1, 2][slice('a', None)],
              lambda: [1, 2, 3][::0]]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(slice(1)).__name__, slice(1, 2, 3) != slice(1, 2, 4), repr(slice(-1, -2, -3)))
