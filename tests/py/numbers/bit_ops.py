# Bitwise operators on ints including negatives and big values.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, -a >> 1, -1 << 10)
print(-5 & 0xFF, -5 | 3, -5 ^ -3, ~-1, ~0, 5 >> 10, -5 >> 10)
print((1 << 64) - 1 & 0xFFFF, (2 ** 100) >> 90, -(2 ** 100) >> 98, 1 << 0)
print(bin(a), bin(-a), hex(-255), oct(-8), bin(0), hex(0), (12).bit_length(), (-12).bit_length())
print(int.bit_count(255), (-7).bit_count())
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 << 1.0]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
