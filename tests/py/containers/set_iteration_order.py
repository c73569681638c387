# Iteration order of int sets built by different operations matches CPython's hash table layout.
a, b = {1, 2, 3}, {1, 9}
print(a ^ b, b ^ a, frozenset(a) ^ b, a.symmetric_difference(b), b.symmetric_difference(a))
print(a | {40, 8}, {40, 8} | a, {33, 1} | {65, 2}, {100, 4, 68} & {68, 4, 100, 5}, {64, 0, 32} - {32})
s = {17, 1, 33}
s.symmetric_difference_update({49, 1})
print(s, {8, 16, 24} ^ {0}, set([9, 1, 17, 25]), {5, -1, -2, 1000}, set(range(10, 0, -1)))
t = set()
for x in [31, 15, 7, 63, 3]:
    t.add(x)
t.discard(7)
t.add(39)
print(t, list(t), {x % 16 for x in t}, frozenset([8, 0, 16]) | {24})
