# Large int operations: multiplication, division, gcd by hand, powers, conversions.
a = 3 ** 300
b = 7 ** 200
print(a * b % (10 ** 20), a // b, a % b == a - (a // b) * b)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(2 ** 200 * 3 ** 50, 2 ** 100 * 3 ** 80) == 2 ** 100 * 3 ** 50)
print(hex(a)[:20], len(bin(a)), a.bit_length(), (-a).bit_length())
print(int(str(a)) == a, int(hex(a), 16) == a, int(oct(a), 8) == a, int(bin(a), 2) == a)
print(float(2 ** 100), float(-(2 ** 1000)) < 0, 2 ** 100 / 2 ** 99, (2 ** 1000) // (2 ** 999))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, -(10 ** 40) // 7, -(10 ** 40) % 7)
print(a.to_bytes(60, 'big')[:4], int.from_bytes(a.to_bytes(60, 'little'), 'little') == a)
