# Iterating over the builtin iterable types.
for c in 'hey':
    print(c, end=' ')
print()
for t in (1, 'two', 3.0):
    print(repr(t), end=' ')
print()
d = {'x': 1, 'y': 2}
for k in d:
    print(k, end=' ')
for k, v in d.items():
    print(k, v, end=' ')
for v in d.values():
    print(v, end=' ')
print()
for b in b'AB':
    print(b, end=' ')
print()
for n in sorted({3, 1, 2}):
    print(n, end=' ')
print()
for i, ch in enumerate('ab', start=10):
    print(i, ch, end=' ')
print()
for x in iter([7, 8]):
    print(x, end=' ')
print()
for x in map(str.upper, ['a', 'b']):
    print(x, end=' ')
print()
