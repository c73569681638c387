# enumerate(): start values, keyword forms, iterator behaviour and errors.
print(list(enumerate('ab', -2)), list(enumerate('ab', start=2**65)), list(enumerate('a', True)))
print(list(enumerate(iterable='xy', start=5)), list(enumerate([], 3)))
class I:
    def __index__(self): return 10
print(list(enumerate('ab', I())))
e = enumerate('abc')
print(iter(e) is e, next(e), list(e), list(e))
big = enumerate('ab', 2**63 - 1)
print(list(big))
for thunk in [lambda: enumerate('a', 'x'), lambda: enumerate('a', 1.5), lambda: enumerate(5),
              lambda: enumerate(), lambda: enumerate('a', 1, 2), lambda: enumerate('a', stop=1)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(enumerate([])).__name__, dict(enumerate('xyz', 1)))
for i, (a, b) in enumerate(zip('pq', 'rs'), 1):
    print(i, a, b)
