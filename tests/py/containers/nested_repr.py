# repr of nested containers and recursive structures.
print([1, [2, [3, (4, {5: {6}})]], 'x'])
print({'a': [1, {'b': (2,)}], 'c': None}, ((),), [[]], [()], ({},), [set()], [frozenset()])
l = [1, 2]
l.append(l)
print(l, len(l))
d = {'k': 1}
d['self'] = d
print(d)
a = [1]
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
s = [[1, 2], [1, 2]]
shared = [0]
print([shared, shared], str([shared]), repr({'x': shared}))
print(str([1.0, 'a', None, True]), repr(['a\n', "b'"]))
