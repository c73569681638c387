# range(): argument errors, attributes, equality, slicing, index/count and big values.
r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), r[-1], r[1:4], r[::-1], r[::2][1], r.index(8), r.count(8), 9 in r)
print(range(0) == range(5, 5), range(1, 3) == range(1, 4, 2), range(3) == [0, 1, 2], range(0, 3, 2) == range(0, 4, 2))
print(hash(range(0)) == hash(range(3, 3)), len({range(0), range(1, 1), range(2)}))
big = range(10**20, 10**20 + 10, 3)
print(big, len(big), big[-1], 10**20 + 3 in big, big.index(10**20 + 6))
print(range(5)[1:100], range(5)[-100:2], range(10, 0, -3)[1:], list(range(-3, 3, 2)))
print(3.0 in range(5), 3.5 in range(5), True in range(2), 'x' in range(2))
for thunk in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4),
              lambda: range('3'), lambda: range(5)[5], lambda: range(5)['a'], lambda: range(3).index(7),
              lambda: len(range(2**63)), lambda: range(stop=3), lambda: range(5)[::0]]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(range(I()), range(1, I()), range(0, 8, I()), r.count('x'))
