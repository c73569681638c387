# The 'n' presentation type (C locale: no grouping) for int and float.
for v in [0, 5, -5, 1234567, 10**20]:
    print(repr(format(v, 'n')), repr(format(v, '10n')), repr(format(v, '+n')), repr(format(v, '010n')))
for v in [0.0, 1.5, -2.25, 1234567.0, 1e20, 1e-5, 0.1 + 0.2, float('inf')]:
    print(repr(format(v, 'n')), repr(format(v, '.3n')), repr(format(v, '12.2n')), repr(format(v, '#n')))
print(repr(format(3.0, 'n')), repr(format(3.0, 'g')), repr(format(3.0, '#.3n')), repr(format(1e16, 'n')))
for v, spec in [(5, ',n'), (5, '_n'), (5.0, ',n'), (5, '.2n')]:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
