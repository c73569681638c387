# sys.hash_info, sys.int_info and sys.float_info fields.
import sys
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(type(hi).__name__, len(hi), hi[0] == hi.width, hi.modulus == 2**61 - 1)
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, len(ii))
print(type(ii).__name__, tuple(ii))
fi = sys.float_info
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp)
print(fi.dig, fi.mant_dig, fi.epsilon, fi.radix, fi.rounds, len(fi), type(fi).__name__)
print(fi.max == 1.7976931348623157e308, fi.epsilon == 2.0**-52, fi.min == 2.0**-1022, fi[0] == fi.max, fi[-1])
print(sys.maxsize == 2**63 - 1, hash(sys.maxsize), hash(-sys.maxsize - 1))
