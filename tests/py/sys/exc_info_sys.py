# sys.exc_info and sys.exception in nested handlers and after handlers.
import sys
def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None, sys.exception() is v)
show('outside')
try:
    raise KeyError('k')
except KeyError:
    show('in handler')
    try:
        raise ValueError('v')
    except ValueError:
        show('nested handler')
    show('back in outer handler')
show('after')
def gen():
    try:
        raise TypeError('in generator')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
show('between generator steps')
print(next(g))
