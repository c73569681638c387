# Generator expressions: laziness, single use, scoping of the first iterable.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'bbb', 'cc']))
evaluated = []
def src():
    evaluated.append('src called')
    return [1, 2, 3]
gen = (x for x in src())
print(evaluated)
print(list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print('lazy error:', e)
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
print(list(x for x in range(10) if x % 2 if x > 3))
print(tuple(c.upper() for c in 'abc'), ''.join(str(i) for i in range(5)))
