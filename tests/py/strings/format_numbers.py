# Formatting of numbers: alignment, sign, grouping, precision, types.
for v in [0, 7, -7, 123456789]:
    print(f'{v:>12,}|{v:<+8}|{v:^9}|{v:=+10}|{v:010}|{v:x}|{v:#o}|{v:_b}')
for v in [0.0, 1.5, -2.25, 1e-7, 12345.6789, 1e22, float('inf'), float('nan')]:
    print(f'{v}|{v:.3}|{v:.2f}|{v:12.4e}|{v:g}|{v:.0f}|{v:+.1%}|{v!r}')
print(f'{1.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}')
print(f'{10:c}{65:c}', f'{3.0:n}', f'{1e6:,.0f}', f'{-0.0:.1f}', f'{-0.0:z.1f}')
print(format(1234.5, ',.1f'), format(0.1, '.20f'), format(1 / 7, '.15g'), format(255, '#010x'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ',s')
except ValueError as e:
    print(type(e).__name__, e)
