# Float 'g', 'G' and the empty presentation type.
vals = [0.0, -0.0, 1.0, 0.1, 1.5, 100.0, 123456.0, 1234567.0, 1e16, 1e17, 0.0001, 0.00001,
        1/3, 2/3, 1e100, 1.7976931348623157e308, 5e-324, 123.456]
for v in vals:
    print(repr(v), format(v, ''), format(v, 'g'), format(v, 'G'), format(v, '.3'), format(v, '.3g'), format(v, '#g'))
# Switching point between fixed and exponent: exp < -4 or exp >= precision.
for p in range(0, 5):
    print(p, [format(12.345, '.%dg' % p), format(0.00012345, '.%d' % p), format(12345.0, '.%d' % p)])
# Empty type differs from 'g': at least one digit after the point when fixed.
print(format(1.0, '.5'), format(1.0, '.5g'), format(1e5, '.5'), format(1e5, '.5g'), format(100.0, '.2'))
print(format(1e16, ''), str(1e16), format(1e15, ''), format(1e15, '.17'), format(0.5, '#.1g'))
print(repr(format(1.5, '10')), repr(format(1.5, '<10g')), repr(format(-1.5, '010')), repr(format(1.5e300, '+G')))
