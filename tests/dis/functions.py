def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    return a + b

def g(x):
    def inner(y):
        return x + y
    return inner

@staticmethod
def deco(x, /, y):
    return x(y)

lam = lambda a, b=3: a * b

def gen(n):
    for i in range(n):
        yield i
    yield from range(3)

def kw(a):
    return a.method(1, 2, key=3) + f(a, c=1)

def star(*a, **k):
    return f(*a, **k)

def annotated(a: int, b: "str" = "x") -> bool:
    pass
