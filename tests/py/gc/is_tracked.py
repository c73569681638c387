# is_tracked with CPython untracking rules
import gc

class C:
    pass

def f():
    pass

items = [
    ("int", 0), ("big int", 2 ** 100), ("float", 1.5), ("str", "abc"),
    ("bytes", b"x"), ("None", None), ("empty list", []), ("list", [1]),
    ("empty dict", {}), ("dict of atoms", {"a": 1, "b": 2.0}),
    ("dict with list", {"a": []}), ("instance", C()), ("class", C),
    ("function", f), ("set", {1, 2}), ("frozenset", frozenset()),
    ("bytearray", bytearray()), ("range", range(3)),
]
for name, obj in items:
    print(name, gc.is_tracked(obj))

d = {}
print("dict before", gc.is_tracked(d))
d["k"] = [1]
print("dict after list value", gc.is_tracked(d))
d2 = {}
d2[1] = 2
print("dict after int value", gc.is_tracked(d2))
