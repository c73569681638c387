# iter(callable, sentinel): equality comparison, StopIteration from the callable, exhaustion.
vals = iter([3, 2.0, 1, 0])
it = iter(lambda: next(vals), 2)
print(list(it))
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__ with', o)
        return o == 'stop'
src = iter(['a', 'stop', 'b'])
print(list(iter(lambda: next(src), Eq())))
n = [0]
def count():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
ci = iter(count, None)
print(type(ci).__name__, list(ci), next(ci, 'exhausted'), n)
def raising():
    raise ValueError('callable failed')
try:
    next(iter(raising, 1))
except ValueError as e:
    print(type(e).__name__, e)
seq = iter([1, 2, 3])
print(list(iter(seq.__next__, 99)))
nan = float('nan')
nans = iter([1.0, nan, 2.0])
print(list(iter(lambda: next(nans), nan)))
for thunk in [lambda: iter(5, 0), lambda: iter([], 0), lambda: iter(), lambda: iter(1, 2, 3)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
