# Nested comprehensions and closures over comprehension variables.
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
flat = [y for x in [[1, 2], [3], []] for y in x]
print(flat)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([[c for c in word if c.isupper()] for word in ['AbC', 'def', 'GHi']])
print({k: {v for v in range(k)} for k in range(4)})
print([(x, y, z) for x in range(1, 20) for y in range(x, 20) for z in range(y, 20) if x * x + y * y == z * z])
def outer():
    n = 2
    return [[n * a + b for b in range(n)] for a in range(n)]
print(outer())
