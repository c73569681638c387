# Generator expression vs list comprehension: laziness and reuse.
calls = []
def f(x):
    calls.append(x)
    return x
lc = [f(x) for x in range(3)]
print(calls)
calls.clear()
ge = (f(x) for x in range(3))
print(calls)
print(next(ge), calls)
print(list(ge), calls)
print(list(ge))
print(sum([x for x in range(10)]) == sum(x for x in range(10)))
print(type([x for x in ()]).__name__, type((x for x in ())).__name__, type({x for x in ()}).__name__)
