# match inside generators: yields in case bodies and in guards, send() values.
def dispatcher():
    results = []
    while True:
        msg = yield results
        match msg:
            case ("add", x):
                results.append(x)
            case ("many", *xs):
                for x in xs:
                    results.append((yield f"adding {x}"))
            case "reset":
                results = []
            case "end":
                return "finished"
            case other:
                results.append(f"?{other}")

g = dispatcher()
print(next(g))
print(g.send(("add", 1)))
print(g.send(("many", "a", "b")))
print(g.send("A"))
print(g.send("B"))
print(g.send("weird"))
print(g.send("reset"))
try:
    g.send("end")
except StopIteration as e:
    print("StopIteration", e.value)

def guard_yields(items):
    for item in items:
        match item:
            case int(n) if (yield f"ask {n}"):
                yield f"accepted {n}"
            case _:
                yield f"rejected {item!r}"

g = guard_yields([1, 2, "x"])
print(next(g))
print(g.send(True))
print(next(g))
print(g.send(False))
print(next(g))
print(list(g))

def flatten(tree):
    match tree:
        case [*children]:
            for c in children:
                yield from flatten(c)
        case leaf:
            yield leaf

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
