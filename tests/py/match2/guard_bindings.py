# Bindings made by a pattern survive a failing guard and a guard that raises.
def f(v):
    x = "initial"
    try:
        match v:
            case [x, y] if y == "raise" and 1 / 0:
                pass
            case [x, y] if y > 0:
                return "guard passed", x
            case _:
                return "default", x
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), x

print(f([1, 5]))
print(f([2, -5]))
print(f([3, "raise"]))
print(f("no"))

def walrus(v):
    match v:
        case [a, b] if (total := a + b) > 10:
            return "big", total
        case [a, b]:
            return "small", total
    return "none"

print(walrus([5, 6]), walrus([1, 2]))

def as_binding(v):
    z = "old"
    match v:
        case [int() as z, 0] | [str() as z, 1]:
            return "matched", z
        case _:
            return "no match", z

print(as_binding([1, 0]), as_binding(["s", 1]), as_binding([1, 1]), as_binding(["s", 0]))
