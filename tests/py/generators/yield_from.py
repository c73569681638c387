# yield from: delegation, return values, and flattening.
def inner():
    x = yield 'inner 1'
    print('inner received', x)
    yield 'inner 2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer done'
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
try:
    next(g)
except StopIteration:
    print('finished')
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], []], [[5]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2), (x * x for x in range(3)))))
def ret_only():
    return 42
    yield
def wrapper():
    v = yield from ret_only()
    yield v
print(list(wrapper()))
