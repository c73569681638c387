# hex/oct/bin and int(str, base).
for n in [0, 1, 255, -255, 2 ** 40, -1]:
    print(n, hex(n), oct(n), bin(n))
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('377', 8), ('0o377', 0),
                ('11111111', 2), ('0b11111111', 0), ('zz', 36), ('ZZ', 36), ('  +12  ', 10),
                ('1_0', 0), ('10', 3), ('-0x1', 0)]:
    print(repr(s), base, int(s, base))
for s, base in [('08', 0), ('2', 2), ('', 16), ('0x', 16), ('1__0', 0), ('z', 37), ('_1', 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 10
print(hex(Idx()), bin(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][Idx()])
