# The '0' flag for integers: implies '=' alignment and '0' fill.
for v in [0, 7, -7, 1000]:
    print(repr(format(v, '05')), repr(format(v, '+05')), repr(format(v, ' 05')), repr(format(v, '05d')))
# Explicit alignment overrides the '0' flag's default alignment.
print(repr(format(7, '<05')), repr(format(7, '>05')), repr(format(7, '^05')), repr(format(-7, '<05')))
# Explicit fill overrides the zero too.
print(repr(format(-7, 'x=05')), repr(format(-7, '*>05')), repr(format(7, ' <05')))
# Width with leading zero digits.
print(repr(format(7, '00')), repr(format(7, '000')), repr(format(7, '0005')), repr(format(7, '010')))
# Zero padding with other types.
print(repr(format(255, '08b')), repr(format(255, '08o')), repr(format(-255, '08x')), repr(format(255, '#08X')))
print(repr(format(3, '08.2f')), repr(format(-3, '08.2e')), repr(format(3, '08%')), repr(format(65, '05c')))
print(repr(format(True, '05')), repr(format(False, '03d')))
# f-string forms.
n = 42
print(f'{n:05}|{n:<05}|{-n:05}|{n:+05}|{n:#06x}|{n:06_}')
