# Self-matching builtins take one positional subpattern that matches the whole subject.
def f(v):
    match v:
        case bool(b):
            return f"bool({b})"
        case int(0 | 1 as i):
            return f"small int({i})"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case set() as s:
            return f"set of {len(s)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict of {len(d)}"
        case bytearray(b) | bytes(b):
            return f"binary {bytes(b)!r}"
        case tuple([x, *_]):
            return f"tuple starting {x}"
        case list(xs):
            return f"list {xs}"
        case str("") :
            return "empty str"
        case float(x) if x != x:
            return "nan"
    return f"unmatched {type(v).__name__}"

class MyInt(int):
    pass

class MyStr(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()

for v in (True, 0, 1, 5, MyInt(1), frozenset({1, 2}), {3}, {"k": 9}, {}, b"x",
          bytearray(b"y"), (7, 8), (), [1], "", float("nan"), 2.5):
    print(repr(v), "->", f(v))

match MyStr("abc"):
    case MyStr("ABC"):
        print("subclass __match_args__ overrides self-matching")
    case _:
        print("no override")

for src in ("int(1, 2)", "str(a, b)", "float(x, y, z)"):
    try:
        exec(f"match 1:\n    case {src}:\n        pass\n")
    except TypeError as e:
        print("TypeError", e)
