# The '#' option with complex numbers and the empty or 'g' presentation type.
for z in [1 + 2j, 1 + 0j, 2j, -1.5 - 0.5j, complex(1e20, 1)]:
    print(format(z, '#'), format(z, '#g'), format(z, '#.0f'), format(z, '#.3'), format(z, '#>20') + '|')
print(f'{3 + 4j:#}', f'{3 + 4j:#.0e}', '{:#}'.format(5j))
# '#' with explicit fixed/exponent types on complex keeps trailing points too.
for z in [1 + 1j, -0.5j]:
    print(format(z, '#.0e'), format(z, '#.0F'), format(z, '#.2g'), format(z, '#10.0f') + '|')
print('{:#}|{:#.1}|{:#^12}|'.format(1 + 2j, 3j, -1 + 0j))
print(f'{complex(1e16, 1):#}', f'{complex(0.5, 0.25):#}')
