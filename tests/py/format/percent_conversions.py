# Every %-conversion character on a few values.
for v in [0, 7, -7, 255, True, 10**18]:
    print('%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%s|%r|%a' % ((v,) * 15))
for v in [3.75, -0.5, 1e-5, 1e20, -0.0]:
    print('%d|%i|%u|%e|%E|%f|%F|%g|%G|%s|%r|%a' % ((v,) * 12))
for v in ['s', 'é', None, [1, 'q'], (1,), b'by']:
    print('%s|%r|%a' % (v, v, v))
print('%c|%c|%c|%%|' % (65, 'é', 0x1F600), '%s%%%s' % (1, 2), '%%%d%%' % 5)
print('%d %d %d' % (3.99, -3.99, 10**20), '%x %o' % (10**20, -8), '%i' % 1e15)
print('%f %e %g' % (10**20, 10**20, 10**20), '%.3s|%.0s|%.10s' % ('abcdef', 'abc', 'ab'))
print('%s %s' % ('one', 2), '%r' % (3,), 'x%sy' % '', '%s' % [[]], '%s' % {'k': 1})
print('%.2r|%.4a|%10r|%-8a|' % ('abc', 'é', 'q', 'é'))
class I:
    def __index__(self):
        return 65
class Fl:
    def __float__(self):
        return 2.5
class IntF:
    def __int__(self):
        return 9
print('%x %o %d %c' % (I(), I(), I(), I()), '%f %e' % (Fl(), Fl()), '%f' % I())
for fmt, v in [('%d', float('nan')), ('%d', float('inf')), ('%d', IntF()), ('%x', 3.0), ('%o', 1.5), ('%c', 65.0), ('%d', Fl()), ('%f', IntF()), ('%i', '1')]:
    try:
        print(fmt, fmt % v)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
