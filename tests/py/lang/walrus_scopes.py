# Walrus targets in comprehensions bind in the enclosing function scope.
def f():
    [last := x for x in range(4)]
    return last
print(f())
def g():
    any((hit := v) > 2 for v in [1, 3, 5])
    return hit
print(g())
def h():
    total = 0
    sums = [total := total + i for i in range(1, 5)]
    return total, sums
print(h())
def nested():
    res = [[(k := i * j) for j in range(3)] for i in range(3)]
    return k, res
print(nested())
class C:
    vals = [1, 2]
print('C ok', C.vals)
def counter():
    n = 0
    def inc():
        nonlocal n
        [n := n + 1 for _ in range(3)]
        return n
    return inc
c = counter()
print(c(), c())
def gen():
    return list((y := i) for i in 'ab'), y
print(gen())
print([z for i in range(3) if (z := i * 10) > 5], z)
def while_walrus(data):
    out = []
    it = iter(data)
    while (item := next(it, None)) is not None:
        out.append(item)
    return out
print(while_walrus([4, 5, 6]))
if (m := len('hello')) > 3 and (n := m * 2):
    print('m n', m, n)
print((lambda: (q := 5) + q)())
