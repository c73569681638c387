# Comprehensions that capture variables of the enclosing function and cells.
def make():
    base = 10
    adders = [lambda x, k=k: base + k + x for k in range(3)]
    base = 100
    return [a(1) for a in adders]
print(make())
def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return [add(i) for i in range(5)], total
print(counter())
def shadow():
    x = 'function x'
    inner = [x for x in range(2)]
    def read():
        return x
    return inner, read()
print(shadow())
def uses_cell():
    y = 1
    r = [lambda: y for _ in range(2)]
    y = 2
    return [f() for f in r]
print(uses_cell())
