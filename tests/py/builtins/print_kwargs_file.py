# print(): sep/end/file/flush keywords, None defaults, custom file objects and errors.
import sys
print('a', 'b', sep=None, end=None)
print('a', 'b', sep='', end='|\n')
print(sep='-', end='!\n')
print('x', file=None, flush=True)
print('to stdout', file=sys.stdout)
class NoFlush:
    def write(self, s): pass
print('ignored', file=NoFlush())
try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
class S(str): pass
print('p', 'q', sep=S('+'), end=S('\n'))
for thunk in [lambda: print('x', sep=1), lambda: print('x', end=b'\n'), lambda: print('x', file=5),
              lambda: print('x', bogus=1), lambda: print('x', file='name')]:
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
