# Multiple assignment evaluates the whole right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[1] = x[1], x[0]
print(x)
i, x[i] = 2, 'at old i?'
print(i, x)
p = q = []
p.append(1)
print(q)
n = 0
n, m = n + 1, n + 2
print(n, m)
