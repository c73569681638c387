# Grouping with ',' and '_' for integers.
for v in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20]:
    print(format(v, ','), format(v, '_'), format(v, '+,d'), format(v, '_d'))
for v in [0, 1, 255, 65535, 2**32, -2**20]:
    print(format(v, '_b'), format(v, '_o'), format(v, '_x'), format(v, '#_X'))
# Grouping with zero padding inserts separators into the padding.
for w in range(1, 12):
    print(w, format(1234, '0' + str(w) + ','), format(-1234, '0' + str(w) + '_'), format(255, '#0' + str(w) + '_x'))
print(format(123, '010,'), format(-123, '010,'), format(1, '09_'), format(1, '+09,'))
print(format(1234567, '>15,'), format(1234567, '*^15_'), format(-1234567, '=15,'))
# Invalid combinations.
for spec in [',b', ',x', ',o', ',c', ',_', '_,', ',n', '_n', '_c']:
    try:
        print(spec, format(255, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
