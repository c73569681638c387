import types

ns = types.SimpleNamespace(a=1, b="x")
print(ns)
print(ns.a, ns.b)
ns.c = [1]
print(sorted(vars(ns)))
print(ns == types.SimpleNamespace(a=1, b="x", c=[1]))
del ns.a
print(ns)
print(types.SimpleNamespace())
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
