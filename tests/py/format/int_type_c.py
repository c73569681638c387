# The 'c' presentation type for integers.
for v in [65, 97, 48, 0x263A, 0x1F600, 10, 32]:
    print(repr(format(v, 'c')), repr(format(v, '>3c')), repr(format(v, '*^5c')))
print(f'{72:c}{105:c}', repr(format(0, 'c')), repr(format(0x10FFFF, 'c')))
# Errors: out of range and incompatible options.
for v, spec in [(-1, 'c'), (0x110000, 'c'), (2**70, 'c'), (65, '+c'), (65, ' c'), (65, '-c'), (65, '#c'),
                (65, ',c'), (65, '.2c'), (65, 'zc')]:
    try:
        print(spec, repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(v, spec, type(e).__name__, e)
# 'c' is not valid for float or str.
for v in [65.0, 'A']:
    try:
        print(format(v, 'c'))
    except ValueError as e:
        print(type(e).__name__, e)
# %c with ints and strings.
print('%c%c%c' % (80, 'y', 0x1F40D))
for arg in [-1, 0x110000, 'ab', 1.5, '']:
    try:
        print('%c' % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
