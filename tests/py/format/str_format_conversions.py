# Conversions !r !s !a in str.format and f-strings.
vals = ['plain', 'quo\'te', "dq\"", 'tab\there', 'é', '日本', '\x00\x7f', '\U0001f600', 1.5, None, [1, 'é']]
for v in vals:
    print('{0!s}|{0!r}|{0!a}'.format(v), f'{v!s}|{v!r}|{v!a}')
class R:
    def __repr__(self):
        return 'R-repr-é'
    def __str__(self):
        return 'R-str'
    def __format__(self, spec):
        return 'R-format(' + spec + ')'
r = R()
print('{0} {0!s} {0!r} {0!a} {0:x} {0!s:>7} {0!r:.3}'.format(r))
print(f'{r} {r!s} {r!r} {r!a} {r:y} {r!s:*^9} {r!a:.6}')
print(ascii('é日\U0001f600\n'), repr('é日\U0001f600\n'), ascii(b'\xff'), ascii(['é']))
for fmt in ['{0!x}', '{0!}', '{0!rr}', '{0!r:}{', '{!}', '{0!r x}', '{0!R}', '{0!S}']:
    try:
        print(repr(fmt), repr(fmt.format('v')))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
