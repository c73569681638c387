# sys.exit with a non-int, non-None object prints it to stderr and exits with 1.
import sys
print('exiting with a list')
sys.exit(['some', 'list'])
