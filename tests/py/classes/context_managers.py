# Context manager protocol details: __exit__ arguments, return value, exceptions in __enter__/__exit__.
class CM:
    def __init__(self, name, ret=None):
        self.name, self.ret = name, ret
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None, exc[1], exc[2] is not None)
        return self.ret
with CM('a') as a:
    print('inside', a.name)
with CM('outer', True):
    with CM('inner'):
        raise ValueError('x')
print('suppressed by outer')
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('not called'); return True
try:
    with BadEnter():
        print('not reached')
except RuntimeError as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a): raise KeyError('exit failed')
try:
    with BadExit():
        raise ValueError('original')
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
