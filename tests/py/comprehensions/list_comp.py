# List comprehensions: filters, nested loops, conditional expressions.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([x if x % 2 else -x for x in range(6)])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v != 4])
print([c for c in 'hello' if c not in 'aeiou'])
print([len(w) for w in 'the quick brown fox'.split()])
print([(i, s) for i, s in enumerate('xyz') if i])
print([f(3) for f in [abs, str, float, bool]])
print([None for _ in range(3)], [])
