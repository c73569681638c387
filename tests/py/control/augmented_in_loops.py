# Accumulators in loops: numbers, strings, lists and dicts.
total, product, text, parts = 0, 1, '', []
for i in range(1, 6):
    total += i
    product *= i
    text += str(i)
    parts += [i * i]
print(total, product, text, parts)
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
matrix = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        matrix[r][c] += r * 3 + c
print(matrix)
i = 100
while i > 1:
    i //= 3
print(i)
