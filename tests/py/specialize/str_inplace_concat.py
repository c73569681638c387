# `s += t` on a local string nobody else holds grows it in place: every other holder must
# keep seeing the old value.
def f():
    s = ""
    for i in range(10):
        s += str(i)
    t = s
    s += "x"
    print(s, t)
    u = "é"
    for c in "àb€d":
        u += c
    print(u, len(u), hash(u) == hash("éàb€d"))
    w = "ab"
    d = {w: 1}
    w += "c"
    print(w, d)
    v = "q"
    v += v
    print(v)
f()
g = "glob"
g += "al"
print(g)
