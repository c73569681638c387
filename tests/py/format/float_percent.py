# The '%' presentation type multiplies by 100 and uses fixed-point.
for v in [0, 0.0, 1, 0.5, 0.125, -0.25, 1/3, 2/3, 1e-5, 12.3456, 1e10]:
    print(format(v, '%'), format(v, '.0%'), format(v, '.1%'), format(v, '#.0%'), format(v, '+.2%'))
print(repr(format(0.5, '10%')), repr(format(0.5, '<10.1%')), repr(format(-0.5, '010.1%')), repr(format(0.5, '^10.0%')))
print(format(123.456, ',.1%'), format(123.456, '_.0%'), format(float('inf'), '%'), format(float('nan'), '%'))
print(format(-0.0, '%'), format(-0.0, 'z.1%'), format(-0.0001, 'z.1%'), format(-0.0001, '.1%'))
print(f'{0.875:.1%}', f'{7:%}', f'{True:%}', f'{3/8:6.2%}|')
# Rounding and special precision with '%'.
for v in [0.0005, 0.0015, 0.0025, 0.12345, 0.99995, -0.005]:
    print(repr(v), format(v, '.0%'), format(v, '.1%'), format(v, '.2%'), format(v, '10.3%') + '|')
print('{:%}|{:.0%}|{:>8.1%}|{:<+8.1%}|'.format(0.5, 0.5, 0.5, 0.5))
