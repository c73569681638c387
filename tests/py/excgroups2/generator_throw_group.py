# Exception groups thrown into generators and handled there with except*.
def worker():
    results = []
    running = True
    while running:
        try:
            item = yield results
            results.append(item)
        except* ValueError as g:
            results.append(f"skipped {len(g.exceptions)} bad")
        except* KeyError:
            results.append("stopping")
            running = False
    return results

g = worker()
next(g)
print(g.send(1))
print(g.throw(ExceptionGroup("bad", [ValueError(1), ValueError(2)])))
print(g.throw(ValueError("single")))
try:
    g.throw(ExceptionGroup("mixed", [KeyError("k"), ValueError(3)]))
except StopIteration as e:
    print("returned", e.value)

def leaky():
    try:
        yield 1
    except* TypeError:
        print("handled the TypeError part")

g = leaky()
next(g)
try:
    g.throw(ExceptionGroup("eg", [TypeError(), OSError("pass through")]))
except ExceptionGroup as e:
    print("escaped:", repr(e))
