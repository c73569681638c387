# sys.exc_info() inside and outside handlers, and sys.exception().
import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print('restored', sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def in_function():
    return sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(in_function().__name__)
try:
    raise TypeError('t')
except TypeError as e:
    print(e.__traceback__ is sys.exc_info()[2])
print(sys.exc_info()[0])
