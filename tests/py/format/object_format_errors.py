# object.__format__ accepts only the empty spec.
class Plain:
    def __str__(self):
        return 'plain-str'
p = Plain()
print(format(p), format(p, ''), f'{p}', '{}'.format(p), object.__format__(p, ''))
for spec in ['s', '>10', 'x', ' ']:
    try:
        print(format(p, spec))
    except TypeError as e:
        print(type(e).__name__, e)
for obj in [None, [1], (1,), {}, Plain, len]:
    try:
        print(format(obj, '>5'))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f'{p:>5}'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '{:x}'.format(p)
except TypeError as e:
    print(type(e).__name__, e)
# !s / !r convert first, so the str's __format__ handles the spec.
print(f'{p!s:>12}|', f'{None!s:>6}|', f'{[1]!r:*<6}|', '{0!s:^11}'.format(p))
