# Comprehensions calling functions with side effects, and nested function definitions inside them.
log = []
def noisy(x):
    log.append(x)
    return x * 10
r = [noisy(x) for x in range(3) if x != 1]
print(r, log)
adders = [(lambda y, x=x: x + y) for x in range(3)]
print([a(100) for a in adders])
def make(n):
    return [lambda: n for _ in range(2)]
print([f() for f in make(5)])
print([[(lambda: i * j)() for j in range(3)] for i in range(3)])
print(sum(len([c for c in w if c.isupper()]) for w in ['AbC', 'dEF']))
