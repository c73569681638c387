# Sign option for integers with every integer type letter.
for v in [0, 5, -5, 255]:
    for sign in ['', '+', '-', ' ']:
        row = [format(v, sign + t) for t in ['', 'd', 'b', 'o', 'x', 'X', 'n']]
        print(repr(sign), v, row)
# Sign with width and alignment.
print(repr(format(3, '+5')), repr(format(3, ' 5')), repr(format(-3, ' 5')), repr(format(3, '<+5')))
print(repr(format(3, '^+6')), repr(format(3, '=+6')), repr(format(-3, '=6')), repr(format(3, '= 6')))
print(repr(format(3, '+#6x')), repr(format(-3, '+#6x')), repr(format(3, ' #o')), repr(format(-3, '#b')))
# Booleans format as ints when a spec is given.
print(repr(format(True, '+')), repr(format(False, ' d')), repr(format(True, '')), repr(format(True, '>5')))
print(f'{True:+}', f'{False:x}', f'{True!s:>6}', f'{True:^5}|')
