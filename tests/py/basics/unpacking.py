# Iterable unpacking, starred targets, and unpacking errors.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "xy"
print(a, b, c)
first, *mid, last = (1, 2, 3, 4, 5)
print(first, mid, last)
[(x, y), *rest] = [(1, 2), 3, 4]
print(x, y, rest)
print(*[1, 2], *(3,), *"ab")
print([*range(3), *[9]], (*"hi",), {*[1, 1, 2]})
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
for k, (v1, v2) in [("p", (1, 2)), ("q", (3, 4))]:
    print(k, v1 + v2)
for src in ([1, 2], [1, 2, 3, 4], 5, [1]):
    try:
        x, y, z = src
        print(x, y, z)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
a, b = next(it), next(it)
print(a, b)
