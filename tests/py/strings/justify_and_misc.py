# center/ljust/rjust/zfill/expandtabs, translate/maketrans, misc methods.
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print(repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(4)))
table = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(table), str.maketrans({'a': 'A'}), 'banana'.translate({ord('a'): None}))
print('Hello'.encode(), 'x'.join('abc'), 'abc'.isascii())
print('%s is %d years and %.1f%%' % ('Al', 30, 99.5), '%5s|%-5s|%05d|%x|%r' % ('a', 'b', 42, 255, 'q'))
print('%(name)s=%(val)03d' % {'name': 'k', 'val': 7}, '%c%c' % (72, 'i'), '%e' % 1234.5)
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.center(5, 'xy')
except TypeError as e:
    print(type(e).__name__, e)
