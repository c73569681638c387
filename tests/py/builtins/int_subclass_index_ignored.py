# For exact int subclasses, builtins use the int value, not an overridden __index__/__int__.
class SubInt(int):
    def __index__(self): return 99
    def __int__(self): return 77
s = SubInt(5)
print(hex(s), bin(s), oct(s), [0, 1, 2, 3, 4, 5, 6][s], 'abcdefg'[s], int(s), range(s))
print(s.__index__(), s + 0, chr(65 + s), list(range(10))[s:s + 2])
print(format(s, 'x'), '%x' % s, '%d' % s, f'{s}', str(s), repr(s))
print([1] * s, divmod(s, 2), s.bit_length(), pow(s, 2, 7), round(s, -1), abs(-s))
