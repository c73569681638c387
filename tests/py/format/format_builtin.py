# The format() builtin: default spec, dispatch to __format__, return type checks.
print(repr(format(1)), repr(format(1.5)), repr(format('s')), repr(format(None)), repr(format([1, 'a'])), repr(format((1,))))
print(repr(format(True)), repr(format(b'ab')), repr(format(1 + 1j)), repr(format(range(3))), repr(format(...)))
print(repr(format(None, '')), repr(format(object, '')), repr(format(int, '')))
print(repr(format(3, '>3')), repr(format(-3, '^5')), repr(format('x', '')))
class C:
    def __format__(self, spec):
        return 'C[' + spec + ']'
print(format(C()), format(C(), 'xyz'), f'{C()}', f'{C():abc}', '{0:q}'.format(C()))
class Bad:
    def __format__(self, spec):
        return 42
for obj in [Bad()]:
    try:
        format(obj, 'x')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f'{obj}'
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        '{}'.format(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class StrSub(str):
    pass
class Sub:
    def __format__(self, spec):
        return StrSub('sub')
r = format(Sub())
print(r, type(r).__name__)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 'd', 'x')
except TypeError as e:
    print(type(e).__name__, e)
