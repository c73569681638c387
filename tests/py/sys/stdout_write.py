# sys.stdout.write returns the number of characters; print and write share one stream.
import sys
n = sys.stdout.write('hello\n')
print(n)
print(sys.stdout.write('é日😀\n'))
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
print('partial', end='')
sys.stdout.write('|written\n')
print(sys.stdout.write(''))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print(sys.stdout.encoding.lower().replace('-', ''), sys.stderr.encoding.lower().replace('-', ''))
print(sys.stdout is sys.__stdout__, sys.stdin is not None, sys.stdin.read() == '')
