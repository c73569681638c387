# Operator precedence across arithmetic, bitwise, comparison and boolean operators.
print(1 + 2 * 3 ** 2, (1 + 2) * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, ~1 + 1, -~1)
print(not 1 == 2, not (1 == 2), 1 < 2 and 2 < 3 or False, True or False and False)
print(1 + 2 == 3 and 'yes' or 'no', 5 & 3 == 1, (5 & 3) == 1, 2 * 3 % 4, 2 * (3 % 4))
print(10 - 4 - 3, 2 ** 2 ** 3, 100 // 10 // 3, 7 % 4 % 3, -7 // 2 * 2)
x = 5
print(x if x > 3 else 0 + 100, (x if x > 3 else 0) + 100, (lambda: 0 if False else 'lambda body')())
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True, not 0 in [0])
