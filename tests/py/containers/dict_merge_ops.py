# dict | dict, |=, precedence of later keys, subclasses and errors.
a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a, b)
c = a
c |= b
print(c is a, a)
a |= [(4, 'd'), (1, 'z')]
print(a)
a |= {}
print(a, {} | {}, dict(a) == a)
class D(dict):
    pass
r = D(x=1) | {'y': 2}
print(type(r).__name__, r, type({'y': 2} | D(x=1)).__name__)
for bad in [lambda: a | [(1, 2)], lambda: a | None, lambda: [(1, 2)] | a, lambda: a.__ior__(5),
            lambda: a.__ior__([1]), lambda: a.__or__([]), lambda: a + b]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
