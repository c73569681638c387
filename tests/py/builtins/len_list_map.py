# len, list, map.
print(len('abc'), len([]), len({1: 2}), len(range(0, 100, 7)), len(b'\x00'), len((1,)))
print(list(), list('xy'), list({'a': 1, 'b': 2}.items()), list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(map(str.strip, [' a ', 'b '])), list(map(int, '123')))
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
