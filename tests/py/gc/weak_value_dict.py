# WeakValueDictionary
import weakref, gc

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(%d)" % self.n

d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for v in vals:
    d["k%d" % v.n] = v
del v
print(len(d), sorted(d.keys()))
del vals[1]
print(len(d), sorted(d.keys()))
print(d.get("k1"), d.get("k2"))
print("k3" in d, "k1" in d)
try:
    d["k1"]
except KeyError as e:
    print(type(e).__name__, e)
gc.disable()
c = V(9)
c.me = c
d["cyc"] = c
del c
print("cyc" in d)
gc.collect()
print("cyc" in d)
gc.enable()
vals.clear()
print(len(d), list(d.items()))
try:
    d["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
