# **kwargs accepts any string keys; keyword names must still be valid where spelled.
def f(**kw): return kw
print(f(**{'a-b': 1, '': 2, '1x': 3, 'with space': 4}))
def g(a, **kw): return a, kw
print(g(**{'a': 1, 'b c': 2}))
try:
    g(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
class S(str): pass
print(f(**{S('sub'): 1}), type(list(f(**{S('sub'): 1}))[0]).__name__)
try:
    f(**{1: 'int'})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{b'b': 1})
except TypeError as e:
    print(type(e).__name__, e)
def h(x, /, **kw): return x, kw
print(h(1, x=2))
def k(*, only): return only
try:
    k(**{'only': 1, 'extra': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(**{'onyl': 1})
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**{'x y': 1}), type('T', (), {})(**{}) is not None)
