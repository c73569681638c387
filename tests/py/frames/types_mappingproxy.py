import types

d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), list(mp))
d["b"] = 2
print(mp)
try:
    mp["c"] = 3
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__dict__) is types.MappingProxyType)
print(mp.get("z", 0), "a" in mp)
print(mp.copy() == d, type(mp.copy()).__name__)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)
