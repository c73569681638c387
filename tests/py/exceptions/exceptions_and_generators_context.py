# Exception context inside generators and after yields.
def g():
    try:
        raise ValueError('inside')
    except ValueError:
        yield 'in handler'
        raise KeyError('second')
gen = g()
print(next(gen))
try:
    next(gen)
except KeyError as e:
    print(repr(e), repr(e.__context__))
def h():
    yield 1
    raise RuntimeError('gen failure')
try:
    try:
        raise TypeError('outer')
    except TypeError:
        list(h())
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
