# printf-style % formatting.
print('%d %i %u' % (1, -2, 3), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%f %.2f %10.3f %-10.1f| %e %E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print('%x %X %#x %o %#o' % (255, 255, 255, 8, 8), '%c' % 'z', '%%', '%s' % [1, 2], '%r' % 'q', '%a' % 'é')
print('%s' % (1,), '%s' % ((1, 2),), '%(a)s %(b)r' % {'a': 'x', 'b': 'y'}, '%*d|%-*d' % (5, 1, 4, 2), '%.*f' % (2, 1.23456))
print('%s and %s' % ('a', 'b'), 'no args' % (), '%d%%' % 50)
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 1), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
