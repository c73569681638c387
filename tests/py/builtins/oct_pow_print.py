# oct, pow, print.
import sys
print(oct(8), oct(-8), oct(0), pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(-3, 3), pow(2.0, 2))
print(pow(base=2, exp=3), pow(2, exp=3, mod=5))
print('a', 'b', sep='')
print('x', end='|\n')
print(*range(3), sep=' - ')
print(file=sys.stdout)
print('done', 1, None, sep='/', end='.\n', file=None)
