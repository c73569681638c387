# Miscellaneous: generator used in multiple consumers, unpacking, zip, enumerate, in.
def squares(n):
    for i in range(n):
        yield i * i
a, b, c = squares(3)
print(a, b, c)
g = squares(6)
print(4 in g, list(g))
print(list(zip(squares(4), 'abcd')), dict(enumerate(squares(3))))
g = squares(5)
first = next(g)
print(first, sum(g))
print(sorted(squares(4), reverse=True), any(x > 10 for x in squares(5)), all(x < 100 for x in squares(5)))
try:
    a, b = squares(3)
except ValueError as e:
    print(type(e).__name__, e)
