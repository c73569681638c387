# Integer arithmetic operators and precedence.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 ** -1)
print(7 // 2 * 2 + 7 % 2)
print(+a, -a, ~a, - -a)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011)
x = 3
x += 4
x *= 2
x -= 1
x //= 3
x **= 3
x %= 7
print(x)
