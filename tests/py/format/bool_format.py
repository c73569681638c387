# bool formatting: str() for the empty spec, int formatting otherwise.
for b in [True, False]:
    print(repr(format(b)), repr(format(b, '')), repr(format(b, 'd')), repr(format(b, '>6')), repr(format(b, '<6')),
          repr(format(b, 'x')), repr(format(b, '.1f')), repr(format(b, '+')), repr(format(b, '#b')))
print(f'{True}|{True:}|{True:^7}|{True!s:^7}|{True!r:>6}|{False:05}')
print('{}|{:}|{:3}|{!s:6}|'.format(True, False, True, False), '%s %d %r %x %f' % (True, True, False, True, False))
try:
    format(True, 's')
except ValueError as e:
    print(type(e).__name__, e)
print(str(True), repr(False), int(True) + True, True * 3, -True, ~True, True / 2, True // 2)
