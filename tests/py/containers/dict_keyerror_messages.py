# KeyError args and str() for various key types.
d = {}
keys = [1, 'missing', (1, 2), (), None, 1.5, '', b'k', frozenset(), ('t',), "it's", 'a\nb', KeyError('inner')]
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print(str(e), '|', repr(e), '|', e.args)
for k in [('tuple',), 7]:
    try:
        d.pop(k)
    except KeyError as e:
        print('pop', str(e), e.args)
try:
    del d['gone']
except KeyError as e:
    print('del', e, e.args)
print(str(KeyError()), str(KeyError(1, 2)), repr(KeyError('x')), str(KeyError(['l'])))
class M(dict):
    def __missing__(self, key):
        return key * 2
print(M()[21], M().get(21), 21 in M())
