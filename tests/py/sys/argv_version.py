# sys.argv, version_info, and facts that are the same on CPython and Pyrite.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.version_info[:2] == (3, 12), sys.version_info.major, sys.version_info >= (3, 8), type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), type(sys.modules).__name__)
print(sys.getrecursionlimit(), type(sys.implementation.name).__name__, 'builtins' in sys.builtin_module_names)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.width)
print(sys.maxunicode, sys.platform in ('linux', 'darwin', 'win32'), sys.flags.optimize)
