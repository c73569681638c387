# Multiple context managers: enter order, reverse exit order, parenthesized forms.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('p') as p,
      CM('q') as q,):
    print('paren body', p, q)
with (CM('r'), CM('s')):
    print('no targets')
try:
    with CM('x'), CM('y', fail_enter=True), CM('z'):
        print('unreachable')
except RuntimeError as e:
    print('caught', e)
with CM('outer', suppress=True), CM('inner'):
    raise KeyError('k')
print('after suppression')
with CM('t') as (first, *rest):
    print(first, rest)
d = {}
with CM('store') as d['key']:
    pass
print(d)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string'
with Truthy():
    1 / 0
print('suppressed by truthy string')
class NoCM: pass
try:
    with NoCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
