# Mutating a dict while iterating over it.
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(3)}
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
d = {'a': 1}
for k in d:
    d[k] = 2
print(d)
d = {'a': 1, 'b': 2}
try:
    for v in d.values():
        d['c'] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for kv in d.items():
        d.pop('a')
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'x': 1, 'y': 2}
it = iter(d)
del d['x']
d['x'] = 1
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
