# Cached attribute loads must still fall back to __getattr__ where the generic path would.
class E(Exception):
    def __getattr__(self, name):
        return "fallback " + name
def get(o):
    return o.__traceback__, o.args
e = E(1, 2)
for i in range(100):
    r = get(e)
print(r)
class F:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "getattr " + name
f = F()
def ga(o):
    return o.a
for i in range(100):
    x = ga(f)
print(x)
f.a = 5
print(ga(f))
del f.a
print(ga(f))
