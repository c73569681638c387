# sorted(): stability under reverse, key call counts, error propagation and signature.
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 3)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[1])[::-1] == sorted(data, key=lambda p: p[1], reverse=True))
calls = []
def k(x):
    calls.append(x)
    return x % 3
print(sorted(range(6), key=k), calls)
print(sorted('hello', key=None), sorted([3, 1, 2], reverse=0), sorted([], reverse=True), sorted({3: 'a', 1: 'b'}))
print(sorted([1, True, 0.5, False]), sorted(['b', 'A', 'a', 'B'], key=str.lower))
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([Key(2), Key(1), Key(3)]))
class GtOnly:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([GtOnly(2), GtOnly(1)]))
for thunk in [lambda: sorted([1, 'a']), lambda: sorted([1, 2], key=lambda x: 1 / 0), lambda: sorted(),
              lambda: sorted([1], [2]), lambda: sorted([1], lambda x: x), lambda: sorted(iterable=[1]),
              lambda: sorted([object(), object()]), lambda: sorted([1], bogus=1), lambda: sorted([2, 1], reverse='yes')]:
    try:
        print(thunk())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
