# dict creation, access, ordering, views, and errors.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d), 'a' in d, 'z' not in d)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', [1, 2])))
print(d.keys(), d.values(), d.items())
del d['b']
d['b'] = 'back'
print(d)
k = d.keys()
d['new'] = 0
print(k, len(k), 'new' in k, list(reversed(d)))
print(d.keys() & {'a', 'zz'}, d.keys() - {'a'} == {'c', 'b', 'new'}, {'a': 1}.items() <= {'a': 1, 'b': 2}.items())
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
print({1: 'a', 1.0: 'b', True: 'c'}, {(1, 2): 'tuple key'}, {None: 0})
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {})
