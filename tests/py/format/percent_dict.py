# Mapping form of %-formatting: %(name)s.
d = {'name': 'Ada', 'n': 3, 'x': 2.5, 'k': 'v', '': 'empty', 'a b': 'space', '(p)': 'paren'}
print('%(name)s has %(n)d items at %(x).2f each' % d)
print('%(name)r %(name)a %(n)05d %(n)x %(x)e %(k)10s| %(k)-4s|' % d)
print('%()s|%(a b)s|%((p))s|%(name)s%(name)s' % d)
print('%(n)s%%' % d, '%%' % {}, 'no fields' % d, '%s' % d == str(d))
class M:
    def __getitem__(self, key):
        return key * 2
    def keys(self):
        return []
print('%(ab)s %(xy)r' % M())
print('%(0)s' % {'0': 'zero-str'}, '%(x)s %(y)s' % {'x': 1, 'y': [2]})
cases = [('%(missing)s', {}), ('%(a)s %s', {'a': 1}), ('%s %(a)s', ({'a': 1},)), ('%(a', {'a': 1}),
         ('%(a)', {'a': 1}), ('%(a)s', [1]), ('%(a)s', 5), ('%(a)s', ('x',)), ('%(a)z', {'a': 1}),
         ('%(a)d', {'a': 'str'}), ('%(a)s', 'abc')]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
