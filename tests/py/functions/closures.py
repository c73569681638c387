# Closures capture variables, not values; cells are shared.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get())
inc2, get2 = make_counter()
print(inc2(), get())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def adders():
    return [lambda y, n=n: n + y for n in range(3)]
print([a(10) for a in adders()])
print(make_counter.__code__.co_cellvars, inc.__code__.co_freevars)
print(type(inc.__closure__).__name__, len(inc.__closure__), inc.__closure__[0].cell_contents)
