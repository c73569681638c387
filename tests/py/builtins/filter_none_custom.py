# filter(): None as predicate, truthiness of results, laziness and errors.
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, -1])))
print(list(filter(bool, (False, True))), list(filter(str.isdigit, 'a1b2')), list(filter(None, {})))
print(list(filter(lambda x: x % 3, range(10))), list(filter(lambda x: 'truthy', [1, 2])))
calls = []
def pred(x):
    calls.append(x)
    return x > 1
f = filter(pred, [1, 2, 3])
print(calls, next(f), calls, iter(f) is f, list(f), list(f))
class T:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __repr__(self): return f'T({self.v})'
print(list(filter(None, [T(True), T(False)])))
class Bad:
    def __bool__(self): raise ValueError('bool raised')
try:
    list(filter(None, [Bad()]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: Bad(), [1]))
except ValueError as e:
    print(type(e).__name__, e)
for thunk in [lambda: filter(None, 5), lambda: list(filter(1, [1])), lambda: filter(None),
              lambda: filter(None, [], []), lambda: filter(function=None, iterable=[])]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(filter(None, [])).__name__)
