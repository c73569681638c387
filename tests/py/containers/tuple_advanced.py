# Tuples: nested unpacking in for, tuples as dict keys and in sets, comparison with mixed lengths.
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], len(grid), sorted(k for k in grid if k[0] == k[1]))
coords = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in coords:
    print(a + b + c, end=' ')
print()
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]), (1, 2) < (1, 2, -1), (3,) > (2, 99))
print(tuple(reversed((1, 2, 3))), (1, 2) * 2, tuple(x for x in 'ab'), tuple([[]])[0] is not None)
print(divmod(17, 5) == (3, 2), (lambda *a: a)(1, 2), type(()).__name__, ((1, 2),)[0][1])
t = (1, 2, 3)
print(t.__len__(), t.__contains__(2), t.__getitem__(-1), t.__add__((4,)), t.count(3))
