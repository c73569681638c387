# Class patterns: __match_args__, inheritance, self-matching builtins, keyword patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Sub(int):
    pass

class Redefined(int):
    __match_args__ = ("real",)

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(_, _, z) if z < 0:
            return f"below, z={z}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(7, 0), Point3(1, 2, -3),
          Point(1, 2), "point"):
    print(where(p))

def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(real=r, imag=0):
            return f"int with real {r}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case float() | complex():
            return "number"
        case list([first, *_]):
            return f"list starting {first}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case tuple(t):
            return f"tuple {t}"
    return "?"

for v in (True, -3, 4, "s", b"b", 1.5, 2j, [9, 8], {"k": 1}, (1, 2), None, Sub(3)):
    print(repr(v), builtin(v))

match Redefined(7):
    case Redefined(r):
        print("Redefined matched via __match_args__", r)
