# Messages to stderr, then sys.exit with a code; both streams are checked.
import sys
def log(msg):
    print('LOG:', msg, file=sys.stderr)
log('starting')
print('working')
log('failed')
sys.exit(4)
