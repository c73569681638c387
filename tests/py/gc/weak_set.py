# WeakSet
import weakref, gc

class E:
    def __init__(self, n):
        self.n = n

items = [E(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), sorted(e.n for e in s))
del items[2]
print(len(s), sorted(e.n for e in s))
print(items[0] in s, E(0) in s)
s.discard(items[0])
print(len(s))
gc.disable()
c = E(42)
c.me = c
s.add(c)
del c
print(len(s))
gc.collect()
print(len(s))
gc.enable()
items.clear()
print(len(s), list(s))
try:
    s.add(3)
except TypeError as e:
    print(type(e).__name__, e)
print(3 in s)
