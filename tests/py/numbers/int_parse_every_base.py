# int(str, base) for every base 2..36, round-tripping through a digit conversion.
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ('-' if neg else '') + ''.join(reversed(out))
for b in range(2, 37):
    s = to_base(123456789, b)
    top = digits[b - 1] * 3
    print(b, s, int(s, b), int(s.upper(), b), int(top, b), int('-' + top, base=b), int('1_0', b))
big = 2**200 - 1
print(all(int(to_base(big, b), b) == big for b in range(2, 37)), int(to_base(-big, 36), 36) == -big)
print(int('z', 36), int('Z', 36), int('10', 36), int('zz', 36), int(' -z ', 36), int('+1', 2))
