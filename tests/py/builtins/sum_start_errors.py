# sum(): start argument, non-numeric sequences and the string/bytes refusals.
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2], start=10), sum(iter([]), start=[0]))
print(sum([1, 2.5, 1j]), sum([True, True, 3]), type(sum([True, False])).__name__, sum([2**64, 2**64]))
print(sum(range(101)), sum([0.5] * 4, 1), sum([], 0.0), sum((x * x for x in range(4))))
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o): return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v, sum([1, 2], Acc(0)).v)
for thunk in [lambda: sum(['a', 'b']), lambda: sum(['a'], ''), lambda: sum([b'a'], b''),
              lambda: sum([bytearray(b'x')], bytearray()), lambda: sum([1, 'a']), lambda: sum(5),
              lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([[1]]), lambda: sum([None]), lambda: sum([], ''), lambda: sum([], start=b'')]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
