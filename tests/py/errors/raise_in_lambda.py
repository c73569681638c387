items = [3, 1, 0, 2]
inverse = lambda x: 1 / x
print(sorted(items, key=lambda x: -x))
print(list(map(inverse, items)))
