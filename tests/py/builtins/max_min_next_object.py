# max, min, object.
print(max(1, 2), max([4, 9, 2]), max('abc'), max([[1, 2], [3]]), max(range(10), key=lambda x: x % 4))
print(min(1, 2), min([4, 9, 2]), min('abc'), min([[1, 2], [3]]), min({3: 'a', 1: 'b'}), min([], default=0))
print(max([3, 1], default=7), max((x for x in []), default='none'), min(iter([5, 4])))
o = object()
print(type(o).__name__, o is not object(), o.__class__.__name__, str(type(o)), object.__doc__.split('\n')[0])
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
