# Float 'e' and 'E' presentation.
for v in [0.0, -0.0, 1.0, 10.0, 0.1, 12345.678, -0.000123, 1e100, 1e-100, 5e-324, 1.7976931348623157e308]:
    print(format(v, 'e'), format(v, '.0e'), format(v, '.2E'), format(v, '#.0e'), format(v, '+.3e'))
# Three-digit exponents and rounding up to the next power of ten.
print(format(9.999, '.2e'), format(9.995, '.2e'), format(99999.0, '.1e'), format(0.00099999, '.3e'))
print(format(1e-300, '.3e'), format(2.5, '.0e'), format(3.5, '.0e'), format(1.5e10, '.0e'))
# Width and padding.
print(repr(format(12.5, '12e')), repr(format(-12.5, '012.2e')), repr(format(12.5, '*^14.1E')))
print(repr(format(12345.678, ',e')), repr(format(12345.678, '_.2e')))
# Large precision.
print(format(0.1, '.25e'), format(1/3, '.17e'), format(2.0**-1074, '.20e'))
# %-style equivalents.
print('%e|%.2e|%E|%10.1e|%-10.1e|%+e|%#.0e' % (12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5))
