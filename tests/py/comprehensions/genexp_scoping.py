# Generator expressions keep their own scope (not inlined): first iterable evaluated eagerly.
x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
y = [1, 2]
g2 = (v for v in y)
y = [3, 4]
print(list(g2))
class C:
    vals = [1, 2, 3]
    gen_total = sum(v for v in vals)
    try:
        bad = list(v * len(vals) for v in vals)
    except NameError as e:
        bad = 'NameError: ' + str(e)
print(C.gen_total, C.bad)
def f():
    n = 3
    return list(n * i for i in range(n))
print(f())
print(list((lambda: (yield from range(3)))()))
