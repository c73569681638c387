# Simple sys facts: maxsize arithmetic, int boundaries, float limits.
import sys
print(sys.maxsize + 1, -sys.maxsize - 1, (sys.maxsize + 1) // 2 ** 62)
print(len(range(sys.maxsize)), range(sys.maxsize)[-1] == sys.maxsize - 1)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (sys.maxsize + 1)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(sys.float_info.max * 2, sys.float_info.min > 0, sys.float_info.mant_dig)
print(sys.intern('abc') == 'abc', sys.getdefaultencoding())
