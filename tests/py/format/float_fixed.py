# Float 'f' and 'F' presentation: precision, rounding, padding.
for v in [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159265, 1e-7, 123456.789, 1e16]:
    print(format(v, 'f')[:40], format(v, '.0f'), format(v, '.1f'), format(v, '.3F'), format(v, '.10f')[:30])
big = format(1.7976931348623157e308, '.0f')
print(len(big), big[:20], big[-20:], format(2.0**-1074, '.1080f').rstrip('0')[-12:])
# Round-half-even on the exact binary value.
for v in [0.125, 0.375, 2.675, 1.005, 0.045, 1.25, 1.35, 0.5, 1.5, 2.5, 3.5]:
    print(v, format(v, '.2f'), format(v, '.1f'), format(v, '.0f'))
# Large precisions expose the exact binary expansion.
print(format(0.1, '.30f'), format(1/3, '.25f'), format(2**-10, '.12f'))
print(format(1e22, 'f'), format(1e23, 'f'), format(2.0**70, '.1f'))
# '#' keeps the decimal point.
print(format(3.0, '#.0f'), format(3.0, '.0f'), format(-0.0, '#.0F'), format(12, '#.0f'))
# Width, alignment and signs.
print(repr(format(3.14159, '10.2f')), repr(format(-3.14159, '<10.2f')), repr(format(3.14159, '^+10.2f')))
print(repr(format(3.14159, '010.2f')), repr(format(-3.14159, '=10.2f')), repr(format(3.14159, ' .3f')))
print(repr(format(1234567.891, ',.2f')), repr(format(1234567.891, '_.1f')), repr(format(-1234.5, '015,.2f')))
