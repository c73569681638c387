# The 'z' option coerces negative zero (after rounding) to positive zero.
for v in [-0.0, 0.0, -0.0001, -0.004, -0.005, -0.5, -0.6, 0.0001, -1e-300]:
    print(repr(v), format(v, '.2f'), format(v, 'z.2f'), format(v, 'z.0f'), format(v, 'z.1e'), format(v, 'zg'), format(v, 'z'))
print(format(-0.0, '+z.1f'), format(-0.0, ' z.1f'), format(-0.0, 'z05.1f'), format(-0.0, '<z6.1f') + '|', format(-0.0, 'z.1%'))
print(f'{-0.0:z}', f'{-0.0:zF}', f'{-1e-9:z.3G}', f'{-0.4:z.0f}', f'{-0.5:z.0f}', f'{-1.5:z.0f}')
print(format(complex(-0.0, -0.0), 'z.1f'), format(complex(-0.0001, 1), 'z.2f'), format(-0.0j, 'z'))
print('%.1f' % -0.0, format(-0.0, 'z'), format(float('-inf'), 'z'), format(float('nan'), 'z.1f'))
for v, spec in [(-0, 'z'), (0, 'zd'), (5, 'z5'), ('s', 'z'), (-0.0, 'zz'), (-0.0, '0z.1f')]:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
