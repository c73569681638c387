# Lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *c, d=1, **e: (a, b, c, d, e)
print(add(1), add(1, 2, 3, d=4, f=5))
print((lambda: 'no args')())
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
def f():
    return lambda: __name__
print(f()(), f().__qualname__)
y = (lambda: (yield 1))
print(list(y()))
