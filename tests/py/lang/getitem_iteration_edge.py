# The legacy __getitem__ iteration protocol: which exceptions end iteration.
class Seq:
    def __init__(self, n, exc=IndexError): self.n, self.exc = n, exc
    def __getitem__(self, i):
        if i >= self.n:
            raise self.exc(i)
        return i * 10
print(list(Seq(3)), list(Seq(3, StopIteration)), 20 in Seq(3), 25 in Seq(3))
class MyIndexError(IndexError): pass
print(list(Seq(2, MyIndexError)), sorted(Seq(4), reverse=True), max(Seq(3)))
try:
    list(Seq(2, KeyError))
except KeyError as e:
    print(type(e).__name__, e)
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'), next(it, 'still end'))
class Slices:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice'
        if i > 1: raise IndexError
        return i
print(list(Slices()), Slices()[1:], dict.fromkeys(Slices()), tuple(Slices()))
a, b = Slices()
print(a, b)
try:
    reversed(Seq(3))
except TypeError as e:
    print(type(e).__name__, e)
class WithLen(Seq):
    def __len__(self): return self.n
print(list(reversed(WithLen(3))), len(WithLen(3)))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
