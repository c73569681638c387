# Unpacking in list/tuple/set/dict displays and calls.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), [*'ab', *range(2)], (*a,))
print(sorted({*a, *b, 1}), {**{'x': 1}, 'y': 2, **{'x': 3}})
print([*(), *[], *''], {**{}}, [*{'k': 1}], [*{'k': 1}.items()])
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, k=1, **{'m': 2}, **{'n': 3}))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*[], **{}))
print(f(*iter([1, 2]), *(x * 2 for x in range(2))))
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print({**M()}, f(**M()))
for thunk in [lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}),
              lambda: f(*5), lambda: f(**[1]), lambda: [*None], lambda: {**[1, 2]},
              lambda: {**{1: 2}, **None}, lambda: f(**{1: 2})]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
