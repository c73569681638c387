# sys.flags.int_max_str_digits and sys.int_info limits.
import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
print(sys.int_info.str_digits_check_threshold, type(sys.flags).__name__)
sys.set_int_max_str_digits(1000)
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
print(sys.flags.int_max_str_digits == -1 or sys.flags.int_max_str_digits == 4300)
print(type(sys.flags.int_max_str_digits).__name__, sys.flags[-1] if len(sys.flags) > 17 else 'short')
