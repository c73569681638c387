# sorted/reversed/enumerate with different iterables and keyword arguments.
data = {'b': 2, 'a': 3, 'c': 1}
print(sorted(data), sorted(data.values()), sorted(data.items(), key=lambda kv: kv[1]))
print(sorted(data, key=data.get, reverse=True), list(reversed(sorted(data))))
print(list(enumerate(sorted(data))), list(enumerate(reversed('xyz'), start=1)))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__, type(reversed(range(1))).__name__)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted(range(5), key=lambda x: (x % 2, -x)))
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([], 'x')
except TypeError as e:
    print(type(e).__name__, e)
