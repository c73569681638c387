# Default argument values: evaluated once, mutable default pitfall, __defaults__.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
print(f.__defaults__)
n = 10
def g(x=n):
    return x
n = 20
print(g())
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
g.__defaults__ = (99,)
print(g())
