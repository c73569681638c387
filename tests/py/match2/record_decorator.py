# A mini-dataclass decorator that generates __init__, __repr__ and __match_args__.
def record(*fields, kw_only=()):
    def deco(cls):
        def __init__(self, *args, **kw):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} positional args")
            for name, val in zip(fields, args):
                setattr(self, name, val)
            for name in fields[len(args):] + kw_only:
                setattr(self, name, kw.pop(name, None))
            if kw:
                raise TypeError(f"unexpected {sorted(kw)}")
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields + kw_only)
            return f"{cls.__name__}({inner})"
        cls.__init__, cls.__repr__ = __init__, __repr__
        cls.__match_args__ = fields
        return cls
    return deco

@record("x", "y")
class Point: pass

@record("start", "end", kw_only=("style",))
class Line: pass

print(Point.__match_args__, Line.__match_args__, Line(Point(1, 2), Point(3, 4), style="dot"))

def describe(shape):
    match shape:
        case Line(Point(x1, y1), Point(x2, y2), style="dashed") if y1 == y2:
            return f"dashed horizontal at y={y1}"
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            return f"vertical at x={x1}"
        case Line(start, end, style=s):
            return f"{s} line {start} -> {end}"
        case Point(0, 0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point():
            return "point"

for s in (Line(Point(0, 1), Point(5, 1), style="dashed"), Line(Point(2, 0), Point(2, 9)),
          Line(Point(0, 0), Point(1, 1)), Point(0, 0), Point(0, 4), Point(3, 4)):
    print(describe(s))
try:
    match Line(Point(0, 0), Point(0, 0)):
        case Line(_, _, "solid"):
            pass
except TypeError as e:
    print("TypeError", e)
