# Names are bound only when the whole pattern matches, guards see the bindings, and
# failed guards leave the bindings in place (as CPython does).
def show(**kw):
    print(sorted(kw.items()))

def f(subject):
    x = y = "unset"
    match subject:
        case [x, 1]:
            show(case=1, x=x, y=y)
        case [x, y] if y > 10:
            show(case=2, x=x, y=y)
        case _:
            show(case="default", x=x, y=y)

f([5, 1])
f([5, 20])
f([6, 7])
f([8, 9, 10])

def g(subject):
    a = "unset"
    match subject:
        case {"k": a, "missing": _}:
            pass
        case _:
            pass
    return a

print(g({"k": 1}))
print(g({"k": 1, "missing": 2}))

def h(subject):
    match subject:
        case (1 | 2) as small:
            return ("small", small)
        case [*head, last] if last == 0:
            return ("zero-terminated", head)
        case [*_, (x, y) as pair]:
            return ("pair at end", x, y, pair)
        case other:
            return ("other", other)

for s in (1, 2, [3, 4, 0], [0, (5, 6)], (7, [8, 9]), "xy"):
    print(h(s))
