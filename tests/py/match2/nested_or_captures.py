# Or-patterns nested inside sequences, mappings and class patterns, binding the same names.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def f(v):
    match v:
        case [("x" | "y") as axis, (int(n) | [int(n)])]:
            return f"axis {axis} n={n}"
        case {"k": (1 | 2) as k} | {"key": k}:
            return f"key {k}"
        case P(a, (0 | None)) | P((0 | None), a):
            return f"P with zero side, other {a}"
        case [[a, b] | (a, b, _), *_] | {"ab": (a, b)}:
            return f"a={a} b={b}"
        case (str(s) | bytes(s)) | [str(s)]:
            return f"text {s!r}"
    return "none"

for v in (["x", 3], ["y", [4]], ["z", 1], {"k": 2}, {"k": 3}, {"key": "kk"},
          P(7, 0), P(None, 8), P(1, 1), [[1, 2], 9], [(3, 4, 5)], {"ab": [6, 7]},
          "s", b"b", ["t"], [b"u"]):
    print(repr(v) if not isinstance(v, P) else f"P({v.a},{v.b})", "->", f(v))

def deep(v):
    match v:
        case [1, [2, [3 | 4 as inner] | inner] | inner]:
            return inner
    return "none"

print(deep([1, [2, [3]]]), deep([1, [2, [4]]]), deep([1, [2, 5]]), deep([1, 6]), deep([2, 6]))
