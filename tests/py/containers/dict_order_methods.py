# reversed(dict) and views, popitem LIFO order, fromkeys, setdefault, get, pop defaults.
d = dict.fromkeys(range(5), 0)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items()))[:2])
del d[2]
d[2] = 'back'
print(d, list(reversed(d)))
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys('ab'), dict.fromkeys((1, 2), []), dict.fromkeys(iter([3])), dict.fromkeys({}, 1))
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1], 'v'))
print(d.setdefault(9), d.setdefault(9, 'ignored'), d.setdefault(0, 'ignored'), d)
print(d.get(9, 'x'), d.get(100), d.pop(100, None), d.pop(9), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
it = reversed({1: 2})
print(type(it).__name__, next(it))
for bad in [lambda: d.get(), lambda: d.pop(), lambda: d.setdefault(), lambda: dict.fromkeys(), lambda: d.get([1]),
            lambda: d.setdefault([], 1), lambda: dict.fromkeys(5), lambda: d.popitem(1)]:
    try:
        print(bad())
    except TypeError as ex:
        print(type(ex).__name__, ex)
