# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear, |.
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 99), d.setdefault('b', []), d)
d['b'].append(5)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
d.update({'x': 1, 'y': 2}, z=3)
d.update([('w', 0)])
print(d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'), dict.fromkeys([]))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
c = d.copy()
c['b'].append(6)
c['new'] = 1
print(d, c)
c.clear()
print(c)
print({'a': 1} | {'b': 2, 'a': 3}, {'a': 1}.__or__(5))
e = {'a': 1}
e |= {'c': 3}
e |= [('d', 4)]
print(e)
try:
    e.update(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.update([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
