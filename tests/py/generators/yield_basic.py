# Basic generator functions and laziness.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('yielding', i)
        yield i
        i += 1
    print('end')
g = count_up(2)
print(type(g).__name__, 'created, nothing run yet')
for v in g:
    print('got', v)
print(list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def empty():
    return
    yield
print(list(empty()))
g = count_up(1)
print(iter(g) is g, next(g))
