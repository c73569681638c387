def f(a, b, c):
    s = a[1:2]
    a[b:c] = s
    a[::2] = b
    del a[0], a.x
    x, *y, z = c
    a.b.c += 1
    a[b] *= 2
    a[1:] -= c
    t = (1, 2, (3, 4))
    l = [1, 2, 3, a]
    d = {'a': 1, 'b': 2}
    d2 = {**d, 'c': 3}
    st = {1, 2, 3}
    fs = f"{a!r:>10} and {b=} {c:{a}}"
    n = -a + ~b - (not c)
    k = a if b else c
    p = a and b or c
    q = 1 + 2 * 3 - 4 ** 2
    r = "ab" * 3
    u = a.x.y(1)(2)[3]
    return x in [1, 2, 3] and y not in {4, 5}

def g():
    return __debug__, ..., None, True, 1.5, 2j, b'bytes', 'str'

def h(*args):
    print(*args, sep='')
    print(1, *args, 2, **{})
    x = [*args, 1]
    return (*args,)
