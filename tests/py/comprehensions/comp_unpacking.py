# Unpacking targets in comprehensions, starred expressions inside elements.
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
print([n for n, _ in pairs], [s * n for n, s in pairs])
print([(b, a) for a, b in pairs])
print([first for first, *rest in [[1, 2, 3], [4, 5]]], [rest for first, *rest in [[1, 2, 3], [4]]])
print([[*t, 0] for t in pairs], [{**d, 'z': 0} for d in [{'a': 1}]])
print({k: v for (k, v), flag in zip(pairs, [True, False, True]) if flag})
print([(i, c) for i, (n, c) in enumerate(pairs)])
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
