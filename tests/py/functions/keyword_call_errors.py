# TypeError messages from calling Python functions wrongly.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
def h():
    pass
class K:
    def m(self, x):
        return x
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(),
    lambda: h(1),
    lambda: h(x=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: f(1, b=2, b2=3),
    lambda: (lambda x: x)(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
