# Nested generator expressions and generators consuming generators.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rows = (sum(r) for r in matrix)
cols = (sum(r[i] for r in matrix) for i in range(3))
print(list(rows), list(cols))
diag = sum(matrix[i][i] for i in range(3))
print(diag)
flat = (x for r in matrix for x in r if x % 2)
print(list(flat))
g = (x * y for x in range(3) for y in (x for x in range(2)))
print(list(g))
def evens():
    n = 0
    while True:
        yield n
        n += 2
g = (e * e for e in evens())
print([next(g) for _ in range(5)])
