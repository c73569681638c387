# *args and **kwargs.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, b=2))
def g(a, *rest, k=0, **others):
    return a, rest, k, others
print(g(1, 2, 3, k=4, z=5, y=6))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def count(*a):
    return len(a)
print(count(*range(100)))
def mutate(**kw):
    kw['new'] = 1
    return kw
d = {'a': 0}
print(mutate(**d), d)
