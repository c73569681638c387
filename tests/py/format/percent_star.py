# '*' width and precision taken from the argument tuple.
print('%*d|' % (5, 42), '%-*d|' % (5, 42), '%*d|' % (-5, 42), '%.*f|' % (2, 3.14159), '%*.*f|' % (10, 3, 3.14159))
print('%*s|%-*s|' % (4, 'a', 4, 'b'), '%.*s|' % (2, 'abcdef'), '%*.*s|' % (6, 1, 'xyz'), '%0*d|' % (6, -3))
print('%*x|%#*o|%-*c|' % (6, 255, 7, 8, 3, 'z'), '%*d%%|' % (3, 9))
print('%.*e|' % (0, 12345.0), '%*.*e|' % (12, 1, 12345.0), '%.*g|' % (1, 0.000123), '%.*d|' % (4, 7))
for fmt, args in [('%*d', ('5', 1)), ('%.*f', (2.5, 1.0)), ('%*d', (5,)), ('%*.*f', (1, 2)), ('%*s', ()),
                  ('%(a)*d', {'a': 1}), ('%*d', (2**70, 1))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
