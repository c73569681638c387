# A generator's return value ends iteration quietly everywhere a generator is iterated, and
# is delivered to `yield from` and to StopIteration.value.
def g():
    yield 1
    yield 2
    return "done"

for x in g():
    print("for", x)
print(list(g()), tuple(g()), sum(g()), max(g()), sorted(g(), reverse=True))
print([x * 10 for x in g()], dict.fromkeys(g()), set(g()))
print(*g(), sep="|")
a, b = g()
print(a, b, "-".join(str(x) for x in g()))
it = g()
print(next(it), next(it), next(it, "default"), next(it, "again"))
it = g()
next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)

def delegate():
    r = yield from g()
    yield r
print(list(delegate()))
print(list(zip(g(), g())), list(enumerate(g())), list(map(str, g())), list(filter(None, g())))
print(any(x > 1 for x in g()), all(g()), min(g()), 2 in g())
