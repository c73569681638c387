# The int <-> str conversion length limit (default 4300 digits).
import sys
print(sys.get_int_max_str_digits())
print(len(str(10**4299)), len(str(int('9' * 4300))))
for action in [lambda: str(10**4300), lambda: int('1' * 4301), lambda: repr(-10**5000), lambda: f'{10**4300}',
               lambda: '%d' % 10**4300, lambda: format(10**4300, 'd')]:
    try:
        print(len(action()))
    except ValueError as e:
        print(type(e).__name__, e)
# Power-of-two bases are not limited.
print(len(hex(10**5000)), len(bin(2**20000)), int('f' * 5000, 16).bit_length(), len(format(10**5000, 'x')))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10**639)))
try:
    str(10**640)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [639, 1, -1, 100]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**10000)), int('7' * 6000) % 10)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits('10')
except TypeError as e:
    print(type(e).__name__, e)
