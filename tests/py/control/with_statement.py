# with statement: enter/exit order, exceptions passed to __exit__, suppression, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def f():
    with CM('r'):
        return 'returned'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
with (CM('p1') as p, CM('p2')):
    print('parenthesized', p)
