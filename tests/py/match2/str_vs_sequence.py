# str, bytes and bytearray never match sequence patterns; other sequences do.
class S(str):
    pass

class L(list):
    pass

def kind(v):
    match v:
        case [a, b]:
            return f"2-seq {a!r} {b!r}"
        case [*items]:
            return f"seq of {len(items)}"
        case str() as s:
            return f"str {s!r}"
        case bytes() | bytearray():
            return "binary"
        case _:
            return "other"

for v in ("ab", S("ab"), b"ab", bytearray(b"ab"), L("ab"), tuple("ab"), range(2),
          memoryview(b"ab"), list("abc"), {"a": 1}, {1, 2}, frozenset(), iter([1, 2]),
          dict(a=1).keys()):
    print(type(v).__name__, kind(v))

def chars(v):
    match v:
        case str([*cs]):
            return cs
        case str(s):
            return ["whole", s]

try:
    print(chars("xy"))
except TypeError as e:
    print("TypeError", e)

match "abc":
    case "a" | "abc" as s:
        print("literal string match", s)
match ["a", "b", "c"]:
    case "abc":
        print("list equals string?")
    case [*_] as whole:
        print("list", whole)
