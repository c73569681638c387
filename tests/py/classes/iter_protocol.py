# __iter__/__next__, iterators vs iterables, and the old __getitem__ protocol.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Reusable:
    def __init__(self, items): self.items = items
    def __iter__(self):
        return iter(self.items)
r = Reusable([1, 2])
print(list(r), list(r), 2 in r)
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq())
a, b, *rest = OldSeq()
print(a, b, rest)
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    for x in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Reusable([]))
except TypeError as e:
    print(type(e).__name__, e)
