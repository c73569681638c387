# str/repr/bin/oct/hex of big ints round-trip through int().
vals = [0, -1, 7, 2**31, -(2**63), 2**64 + 1, 10**50 - 1, -(3**150), 2**1000, 12345678901234567890123456789]
for v in vals:
    s, r, b, o, h = str(v), repr(v), bin(v), oct(v), hex(v)
    print(len(s), s == r, int(s) == v, int(b, 0) == v, int(o, 0) == v, int(h, 0) == v, int(h, 16) == v, s[:12], h[:12])
print(str(10**100)[:5], str(-(10**99))[-5:], len(str(7**3000)), str(7**3000)[:15], str(7**3000)[-15:])
print(int('9' * 1000) + 1 == 10**1000, int('-' + '1' * 999) % 1000, hex(2**1000)[:6], oct(-(2**999))[:8])
print(format(2**200, ','), format(-(2**100), '_x'), format(3**100, '>80').count(' '))
# Leading zeros, signs and whitespace in big literals.
print(int('0' * 500 + '1'), int('-' + '0' * 300), int(' +' + '9' * 40 + ' ') == 10**40 - 1)
print(int('1' + '_0' * 100) == 10**100, int('f' * 64, 16) == 2**256 - 1, int('1' * 200, 2) == 2**200 - 1)
print(int('z' * 30, 36) == 36**30 - 1, str(-(2**64)), repr(2**64), ascii(-(10**25)))
