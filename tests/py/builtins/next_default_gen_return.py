# next(gen, default) returns the default when a generator returns a value.
def g():
    yield 1
    return 'ret'
it = g()
print(next(it), next(it, 'default'), next(it, None))
it2 = g()
next(it2)
try:
    next(it2)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
def h():
    return 'immediately'
    yield
print(next(h(), 'dflt'), list(h()))
def raises_stop():
    raise StopIteration('inner')
    yield
try:
    next(raises_stop(), 'dflt')
except RuntimeError as e:
    print(type(e).__name__, e)
