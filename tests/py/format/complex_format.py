# Formatting complex numbers.
zs = [1 + 2j, -1.5 - 0.25j, 3j, -3j, 0j, complex(2, 0), complex(-0.0, -0.0), 1e20 + 1e-20j, complex(1 / 3, 2 / 3)]
for z in zs:
    print(format(z, ''), format(z, '.2f'), format(z, 'e'), format(z, '.3g'), format(z, '+.1F'), format(z, 'G'))
for z in [1 + 2j, 3j, complex(2, 0)]:
    print(repr(format(z, '20')), repr(format(z, '<20')), repr(format(z, '*^20.1f')), repr(format(z, '>20.3e')))
print(format(12345.5 + 6789j, ',.1f'), format(12345.5 + 6789j, '_'), format(1 + 1j, ' '), format(-1 - 1j, ' .1f'))
print(format(complex(float('inf'), float('nan')), ''), format(complex(float('-inf'), 1), '.1f'), format(complex(1, float('-inf')), 'E'))
print(format(1 + 2j, '#.0f'), format(1 + 0j, '#g'), f'{2 - 3j:.1f}|{2 - 3j!r}|{2 - 3j!s:>10}|')
print(format(complex(1.5, -0.5), 'n'), format(complex(0, 1e16), ''), str(complex(0, 1e16)), format(1 + 1j, '.0'))
