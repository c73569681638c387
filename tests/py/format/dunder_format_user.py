# User-defined __format__ and how format(), str.format and f-strings use it.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        if spec.endswith('C'):
            return format(self.c, spec[:-1] + 'f') + 'C'
        return format(self.c, spec)
    def __str__(self):
        return 'Temp(%s)' % self.c
t = Temp(21.5)
print(format(t, '.1F'), format(t, '.0C'), format(t, ''), format(t, '>8'), str(t))
print(f'{t:.2F} {t:6.1C} {t!s} {t!s:>12}', '{0:.1F}|{0:}|{0!s:^14}|'.format(t))
class Spy:
    def __format__(self, spec):
        print('  __format__ got', repr(spec))
        return 'spy'
s = Spy()
print(f'{s}', f'{s:}', f'{s:abc}', f'{s:{"x" * 2}}')
print('{0:}{0:q}{0:{1}}'.format(s, 'nested'), format(s), '%s' % 'x')
# __format__ on int/float/str subclasses is inherited; overriding wins.
class MyInt(int):
    def __format__(self, spec):
        return 'MyInt:' + int.__format__(self, spec)
print(format(MyInt(255), 'x'), f'{MyInt(7):03}', '{:b}'.format(MyInt(5)), str(MyInt(3)), '%d' % MyInt(4))
class MyStr(str):
    def __format__(self, spec):
        return spec + '|' + str.__format__(self, spec)
print(format(MyStr('ab'), '>4'), f'{MyStr("z")}', '{:^3}'.format(MyStr('m')))
# Calling __format__ directly on builtins.
print((255).__format__('#x'), (2.5).__format__('.3f'), 'ab'.__format__('>4'), (1j).__format__(''), True.__format__(''))
