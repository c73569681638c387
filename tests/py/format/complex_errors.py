# Invalid complex format specs.
for spec in ['%', 'd', 'x', 'c', 's', '=10', '010', '010.2f', '=', '0', 'b', '.%', 'z', '#%']:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
# complex in %-formatting is not a real number.
for fmt in ['%d', '%f', '%s', '%r', '%x', '%g']:
    try:
        print(fmt, fmt % (1 + 2j))
    except TypeError as e:
        print(fmt, type(e).__name__, e)
# Complex with f-string specs.
z = -2.5 + 0.5j
print(f'{z}', f'{z:.2f}', f'{z:+}', f'{z:>16}|', f'{z.real:05.1f}', f'{z.imag:.0%}')
