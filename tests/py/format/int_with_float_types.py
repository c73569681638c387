# Integers accept the float presentation types (converted to float).
for v in [0, 1, -7, 123456789, 10**16 + 1]:
    print(format(v, 'e'), format(v, 'E'), format(v, 'f'), format(v, 'F'), format(v, 'g'), format(v, 'G'), format(v, '%'))
for v in [5, -5, 1234]:
    print(format(v, '.2f'), format(v, '.0e'), format(v, '.3g'), format(v, '#.3g'), format(v, '.1%'), format(v, ',.2f'))
# Precision is not allowed for integer types, but it is for float types applied to ints.
for spec in ['.2', '.2d', '.2x', '.0b', '10.3', '.3n']:
    try:
        print(spec, format(12, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
# Huge ints cannot be converted to float.
try:
    print(format(10**400, 'f'))
except OverflowError as e:
    print(type(e).__name__, e)
print(format(10**400, 'd')[:10], len(format(10**400, ',')))
