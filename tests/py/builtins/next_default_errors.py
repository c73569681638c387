# next(): default argument, StopIteration values and error messages.
it = iter([1])
print(next(it), next(it, 'default'), next(it, None), next(it, it) is it)
class NextOnly:
    def __next__(self): return 'next without iter'
print(next(NextOnly()))
class Raises:
    def __next__(self): raise ValueError('inner')
try:
    next(Raises(), 'default not used for other errors')
except ValueError as e:
    print(type(e).__name__, e)
for thunk in [lambda: next([1]), lambda: next('abc'), lambda: next(5), lambda: next(),
              lambda: next(iter([]), 1, 2), lambda: next(iter([]), default=1), lambda: next(None)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
d = iter({'a': 1})
print(next(d), next(d, 'end'))
