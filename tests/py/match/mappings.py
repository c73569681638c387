# Mapping patterns: extra keys, **rest, get() protocol, non-mappings.
from types import MappingProxyType

class D(dict):
    def __missing__(self, key):
        print("__missing__ called", key)
        return 0

class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

def m(s):
    match s:
        case {"type": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {"type": "circle", **rest}:
            return ("circle", sorted(rest.items()))
        case {}:
            return ("some mapping", len(s))
        case _:
            return "not a mapping"

print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "c": (0, 0)}))
print(m({"type": "square"}))
print(m({}))
print(m([("type", "point")]))
print(m(D(type="point", x=1)))
print(m(Loud(type="point", x=1, y=2)))
print(m(MappingProxyType({"type": "circle"})))

def rest_is_copy(s):
    match s:
        case {"a": 1, **rest}:
            rest["new"] = True
            return rest, s

print(rest_is_copy({"a": 1, "b": 2}))

def keys(s):
    match s:
        case {0: zero, 1.5: x, "s": s2, None: n, True: t}:
            return zero, x, s2, n, t
print(keys({0: "z", 1.5: "x", "s": "str", None: "none", 1: "one"}))
