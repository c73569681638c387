# sys.exit with various arguments, caught, then a final exit with code 2.
import sys
for arg in [0, 1, 255, 'text', None, [1, 2], True]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), '->', repr(e.code), repr(e))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print('exiting with 2')
sys.exit(2)
