# Small dicts are searched without a hash index, which is built when the table grows past 16
# slots and dropped when deletions shrink it again: lookups must agree throughout.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v) & 3
    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v
    def __repr__(self):
        return "K(%r)" % self.v

d = {}
for i in range(40):
    d[i] = i * i
    d["s%d" % i] = i
    d[K(i)] = -i
    assert d[i] == i * i and d["s%d" % i] == i and d[K(i)] == -i, i
    assert all(d[j] == j * j for j in range(i + 1))
print(len(d), d[K(7)], d["s39"], 39 in d, K(40) in d)
for i in range(0, 40, 2):
    del d[i]
    del d[K(i)]
print(len(d), sorted(k for k in d if isinstance(k, int))[:5], d.get(0), d.get(1), d.get(K(2)), d.get(K(3)))
for i in range(40):
    d.pop("s%d" % i)
print(len(d), list(d)[:4])
for k in list(d):
    if isinstance(k, int) and k > 5:
        del d[k]
print(d)
d[100] = "x"
d.update({K(i): i for i in range(20)})
print(len(d), d[K(19)], d[100], d.popitem())
e = dict.fromkeys("abcdefghijklmnopqrstuvwxyz", 0)
for c in "abcdefghijklmnopqrstuvw":
    del e[c]
print(e, e.get("x"), "y" in e, "a" in e)
e.clear()
e[1.0] = "float one"
print(e[1], e.get(True), {**e, 1: "int one"})
