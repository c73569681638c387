# dict.__missing__ for subclasses, and __contains__ result coercion.
class D(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2
d = D(a=1)
print(d['a'], d['bb'], d.get('zz', 'get ignores missing'), 'bb' in d, d)
class Store(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
s = Store()
s['x'].append(1)
s['x'].append(2)
print(s)
class Raises(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + repr(key))
try:
    Raises()['k']
except LookupError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, key): return 'never'
    def __getitem__(self, key): raise KeyError(key)
try:
    NotDict()['q']
except KeyError as e:
    print(type(e).__name__, e)
class Cont:
    def __init__(self, r): self.r = r
    def __contains__(self, item): return self.r
for r in [1, 0, 'yes', '', [0], None]:
    print(repr(r), 3 in Cont(r), 3 not in Cont(r))
class BadBool:
    def __bool__(self): raise ValueError('no truth')
try:
    3 in Cont(BadBool())
except ValueError as e:
    print(type(e).__name__, e)
