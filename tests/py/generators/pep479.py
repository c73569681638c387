# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration('leaked')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
def bad_next():
    it = iter([])
    yield next(it)
try:
    list(bad_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def fine():
    it = iter([1])
    try:
        while True:
            yield next(it)
    except StopIteration:
        return
print(list(fine()))
def sub():
    raise StopIteration
    yield
def deleg():
    yield from sub()
try:
    list(deleg())
except RuntimeError as e:
    print(type(e).__name__, e)
