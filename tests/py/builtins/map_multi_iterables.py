# map() with several iterables: stops at the shortest, pulls items in argument order.
log = []
def src(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
m = map(lambda *a: sum(a), src('a', 3), src('b', 2), src('c', 5))
print(list(m), log)
print(list(map(pow, [2, 3], [5, 2], [7, 5])), list(map(max, 'ab', 'ba')), list(map(len, [])))
print(list(map(lambda x, y: (x, y), 'abc', range(2))), list(map(str, [])))
m2 = map(int, '12')
print(iter(m2) is m2, next(m2), next(m2), next(m2, 'done'))
for thunk in [lambda: map(), lambda: map(len), lambda: map(len, 5), lambda: list(map(None, [1])),
              lambda: list(map(len, [1])), lambda: list(map(lambda x: x, [1], [2])), lambda: map(len, [], strict=True)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(map(len, [])).__name__)
