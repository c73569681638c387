# WeakKeyDictionary
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n

d = weakref.WeakKeyDictionary()
keys = [K(i) for i in range(4)]
for k in keys:
    d[k] = k.n * 10
del k
print(len(d), sorted(d.values()))
del keys[0]
print(len(d), sorted(d.values()))
print(d[keys[0]], keys[0] in d)
gc.disable()
c = K(99)
c.me = c
d[c] = "cycle"
del c
print(len(d))
gc.collect()
print(len(d))
gc.enable()
keys.clear()
print(len(d), list(d.items()))
try:
    d[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[K(5)]
except KeyError:
    print("KeyError")
