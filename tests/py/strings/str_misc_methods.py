# Less common str methods: format_map, isascii, count of non-overlapping, mul, __getitem__, etc.
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{0}{0}'.format('x'), 'ab' * 0, 'ab' * -3, 3 * 'ab')
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y}'.format_map(Default(x=1)))
print('abc'.__getitem__(slice(None, None, -1)), 'abc'.__mul__(2), 'abc'.__rmul__(2), 'ab'.__add__('c'))
print('abc'.__contains__('bc'), 'a'.__eq__(1), 'a'.__lt__(1), 'abc'.__len__(), str.__new__(str, 5))
print(str().isascii(), '\x7f'.isascii(), '\x80'.isascii(), 'abc'.isascii())
print('x'.__mod__(()), '%s'.__mod__('y'), 'a'.__rmod__(5))
try:
    '{a}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    'a' * (1 << 63)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(type(e).__name__, e)
