# print with sep, end, file, flush, and no arguments.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' ...continued')
print('x', 'y', sep='-', end='!\n')
print(sep='ignored')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print('none sep', sep=None, end=None)
print(None, True, 1.0, 'str', [1, 'a'], ('t',))
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
