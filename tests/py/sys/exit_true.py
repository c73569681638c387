# sys.exit(True) exits with status 1 (bool is an int); finally blocks run first.
import sys
try:
    sys.exit(True)
finally:
    print('finally before exit')
