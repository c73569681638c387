# __repr__, __str__ and __format__: which one each builtin uses.
class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'str of S'
class Both:
    def __repr__(self): return 'repr-both'
    def __str__(self): return 'str-both'
    def __format__(self, spec):
        return f'format-both[{spec}]'
r, s, b = R(), S(), Both()
print(r, str(r), repr(r), [r], f'{r}', f'{r!r}', '%s %r' % (r, r))
print(s, str(s), [str(s)], f'{s}')
print(b, repr(b), [b], (b,), {'k': b}, f'{b}', f'{b:>10}', format(b, 'x'), f'{b!s}', f'{b!r}')
print('{} {!r} {:spec}'.format(b, b, b))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat: pass
try:
    format(NoFormat(), 'd')
except TypeError as e:
    print(type(e).__name__, e)
print(format(NoFormat(), '') == str(NoFormat()))
class IntSub(int):
    def __repr__(self): return 'IntSub!'
print(IntSub(3), repr(IntSub(3)), f'{IntSub(3):03d}', IntSub(3) + 1)
