# %-formatting error messages.
cases = [('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', 'x'), ('%d', ('x',)), ('%i', [1]), ('%x', 'x'),
         ('%o', 1.5), ('%X', None), ('%f', 'x'), ('%e', None), ('%g', [1]), ('%c', 'ab'), ('%c', None),
         ('%', ()), ('%z', (1,)), ('%y', 1), ('abc', 5), ('abc', (1,)), ('%s %', (1,)), ('%.', 1), ('%5', 1),
         ('%-', 1), ('%d %d', (1, 2, 3)), ('%s', ()), ('%ld', 5), ('%lf', 1.5), ('%hs', 'x'), ('%Lx', 255),
         ('%u', 'u'), ('%.9999999999999999999f', 1.0), ('%99999999999999999999d', 1)]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
# Non-tuple single args and tuple-ness.
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % ((),), '' % (), '' % [], '' % {})
try:
    print('' % 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 % 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(b'%d %s %x' % (5, b'by', 255), b'%c%c' % (65, b'B'), b'%a' % 'ü')
