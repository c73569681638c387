# Or-patterns: first match wins, bindings in any order, nested alternatives.
def f(v):
    match v:
        case (x, 1) | (1, x):
            return ("one on a side", x)
        case [x, y] | {"x": x, "y": y} | (x, y, _):
            return ("x/y", x, y)
        case {"a": a, "b": b} | [b, a, "swapped"]:
            return ("a/b", a, b)
        case (0 | 1 | 2) as small:
            return ("small", small)
        case ([1, 2] | [3, 4]) as pair:
            return ("pair", pair)
        case str() | bytes():
            return "text"
    return "none"

for v in [(5, 1), (1, 6), [7, 8], {"x": 1, "y": 2}, (3, 4, 5), {"a": 1, "b": 2},
          ["B", "A", "swapped"], 2, [1, 2], [3, 4], "s", b"b", 9.5, (1, 1)]:
    print(repr(v), f(v))

def order(v):
    match v:
        case [a, b, c] | [c, b, a, _] | [b, *_, a, c, "end"]:
            return a, b, c
print(order([1, 2, 3]))
print(order([1, 2, 3, 4]))
print(order([1, 2, 3, 4, 5, "end"]))
