# Edge cases of *args/**kwargs: empty unpacking, keyword names that are not identifiers, dict order.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[], **{}))
print(f(**{'not an identifier': 1, '123': 2}))
print(f(b=1, a=2, **{'c': 3}))
def g(a, **kw):
    return a, kw
print(g(**{'a': 1, 'b': 2}))
try:
    g(1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def h(*, key): return key
print(h(**{'key': 'kw only via dict'}))
args = (1, 2)
kwargs = {'sep': '-'}
print(*args, **kwargs)
