# types.UnionType equality ignores order and duplicates; hashing agrees.
a = int | str
b = str | int
print(a == b, a != b, hash(a) == hash(b), len({a, b}))
print((int | str | int) == (int | str), (int | str | int).__args__, (int | None) == (None | int))
print((int | str) == (int | float), (int | str) == int, ((int | str) | float) == (int | (str | float)))
d = {int | str: 'x'}
print(d[str | int])
print(int | str | None, None | int, (list[int] | None).__args__)
