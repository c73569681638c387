# List operators: +, *, ==, <, in, index errors, aliasing with *.
a = [1, 2]
print(a + [3], a * 3, 2 * a, a * 0, a * -1, [] * 10)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [[1]] == [[1]])
print(3 in [1, 2, 3], [3] in [[3]], 4 not in [1], len([None] * 7))
a += (9,)
print(a)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1][-2] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    key = '0'
    [1][key]
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list('ab'), list((1, 2)), list({'k': 1}), list(range(3)), list(x for x in 'hi'))
