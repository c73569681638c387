# (a, b) and [a, b] patterns are the same; tuple()/list() class patterns distinguish.
def same(v):
    match v:
        case (a, b):
            return f"paren pair {a},{b}"
        case [a, b, c]:
            return f"bracket triple {a},{b},{c}"
        case ():
            return "empty paren"
    return "no"

for v in ((1, 2), [1, 2], [1, 2, 3], (1, 2, 3), [], (), range(0)):
    print(repr(v), same(v))

def which(v):
    match v:
        case tuple((a, b)):
            return f"tuple pair {a},{b}"
        case list([a, b]):
            return f"list pair {a},{b}"
        case tuple() | list():
            return f"{type(v).__name__} of {len(v)}"
    return "neither"

for v in ((1, 2), [1, 2], (1,), [1, 2, 3], range(2)):
    print(repr(v), which(v))

def single(v):
    match v:
        case (x):
            return f"group, not tuple: {x!r}"

def single_tuple(v):
    match v:
        case (x,):
            return f"one-tuple pattern: {x!r}"
    return "no"

print(single(5), single((5,)))
print(single_tuple((5,)), single_tuple([6]), single_tuple(5), single_tuple("5"))

match 1, 2:
    case [a, b]:
        print("subject tuple from bare commas", a, b)
match *[1, 2], 3:
    case (1, *rest):
        print("starred subject", rest, type(rest).__name__)
