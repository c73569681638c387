# bare raise re-raises the current exception; raise outside a handler fails.
def f():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print('caught', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        saved = e
    raise saved
try:
    g()
except KeyError as e:
    print('raised saved', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), type(e) is ValueError)
