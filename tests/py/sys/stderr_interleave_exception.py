# Output on both streams, then an uncaught exception: stdout and stderr are captured separately.
import sys
print('stdout 1')
print('stderr 1', file=sys.stderr)
sys.stdout.write('stdout 2\n')
raise RuntimeError('after mixed output')
