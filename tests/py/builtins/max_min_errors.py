# max()/min(): key/default handling, tie-breaking and error messages.
pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (1, 'd')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]), max(pairs), min(pairs))
print(max([], default=None), min((), default='empty'), max([5], default=0), max('b', 'a', key=None))
print(max({3: 'x', 9: 'y'}), min(iter([2, 1, 3])), max(1, 2.5, True), min([[2], [1, 9]]))
calls = []
def k(x):
    calls.append(x)
    return -x
print(max([1, 2, 3], key=k), calls)
for thunk in [lambda: max([]), lambda: min(()), lambda: max(iter([])), lambda: max(),
              lambda: min(1, 2, default=0), lambda: max(5), lambda: max([1, 'a']),
              lambda: min(1, 2, key=len), lambda: max([1], bogus=1), lambda: max([1], key=5),
              lambda: min(x for x in []), lambda: max(1, 2, default=None, key=None)]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nan = float('nan')
print(max([nan, 1.0]), max([1.0, nan]), min([nan, 1.0]), min(2, nan))
