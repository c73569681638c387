# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
data = list(range(10))
print(data[s], data[slice(-3, None)], data[slice(None, None, -3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print('slices are hashable in 3.12')
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        return i.indices(8) if isinstance(i, slice) else i
print(Seq()[::2], Seq()[-2:], Seq()[3])
