# Conditional expressions and lambdas: precedence and laziness.
def boom():
    raise RuntimeError('evaluated')
print(1 if True else boom(), boom() if False else 2)
f = lambda x: 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([f(n) for n in (-1, 0, 1)])
g = lambda: 1 if False else lambda: 2
print(callable(g()), g()())
print((lambda: 3) if True else 4)  if False else 'outer'
print(not 1 if 0 else 'else', (not 1) if 1 else 0)
print(1 + 2 if 0 else 3 + 4, 1 + (2 if 0 else 3) + 4)
print([x if x % 2 else -x for x in range(5)])
print((x for x in []).__class__.__name__)
h = lambda a, b=2, *c, d, e=5, **k: (a, b, c, d, e, k)
print(h(1, d=4), h(1, 2, 3, d=4, z=0))
print((lambda *a: a)(), (lambda **k: k)(), (lambda a, /, b: (a, b))(1, b=2))
print((lambda: (yield))().__class__.__name__)
print((lambda: k is not None).__name__, (lambda: 0)() is not None)
k = 10
adders = [lambda x, k=k: x + k for k in range(3)]
late = [lambda x: x + k for k in range(3)]
print([a(0) for a in adders], [a(0) for a in late], k)
print((lambda x: (lambda y: x + y))(1)(2))
t = 1, 2 if False else 3
print(t)
