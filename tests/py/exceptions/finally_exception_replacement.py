# An exception in finally replaces the original; the original becomes __context__.
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 'returned'
    finally:
        raise IndexError('finally overrides return')
try:
    g()
except IndexError as e:
    print(repr(e), e.__context__)
def h():
    try:
        try:
            raise TypeError('a')
        finally:
            print('inner finally sees exception in flight')
    except TypeError as e:
        return 'handled ' + str(e)
print(h())
