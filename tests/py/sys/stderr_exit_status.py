# Output to stderr with exit status 0.
import sys
print('to stdout')
sys.stderr.write('to stderr via write\n')
print('to stderr via print', file=sys.stderr)
print('stdout again')
