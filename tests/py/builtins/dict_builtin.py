# The dict() constructor in all its forms, and its errors.
print(dict(), dict(a=1), dict({'x': 1}), dict({'x': 1}, y=2), dict([('k', 'v')]), dict((('a', 1), ('b', 2))))
print(dict(zip(range(3), 'abc')), dict(['ab', 'cd']), dict([(1, 2)], **{'z': 0}), dict({'a': 1}, a=2))
class KeysAndGetitem:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysAndGetitem()), {**KeysAndGetitem()})
d = {'a': [1]}
e = dict(d)
e['a'].append(2)
print(d, e is d, dict.fromkeys('ab', 0))
for bad in [lambda: dict(1), lambda: dict([1]), lambda: dict(['abc']), lambda: dict([(1, 2, 3)]),
            lambda: dict({}, {}), lambda: {**[1]}]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
