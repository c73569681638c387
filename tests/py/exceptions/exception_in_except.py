# An exception raised inside an except block replaces the handled one and chains to it.
def f():
    try:
        raise ValueError('handled')
    except ValueError:
        print('in handler')
        raise TypeError('while handling')
try:
    f()
except TypeError as e:
    print(repr(e), 'context:', repr(e.__context__))
def g():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised original', repr(e))
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err
e = h()
print(repr(e))
try:
    e
    x = err_name_deleted_after
except NameError as ne:
    print(type(ne).__name__, ne)
def j():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return exc
try:
    j()
except UnboundLocalError as e:
    print(type(e).__name__, e)
