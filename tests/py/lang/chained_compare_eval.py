# Chained comparisons evaluate each middle operand once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
log.clear()
print(v(1) < v(5) > v(2) < v(0) < v(9), log)
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append(('lt', self.n, o.n))
        return 'truthy' if self.n < o.n else ''
log.clear()
print(repr(Cmp(1) < Cmp(2) < Cmp(3)), log)
log.clear()
print(repr(Cmp(3) < Cmp(2) < Cmp(1)), log)
x = 5
print(1 < x <= 5, 1 < x < 5, 0 <= x in [5], x in [5] in [[5]], not 1 < x < 3)
print(1 < 2 == 2 > 1 != 0, 'a' < 'b' < 'c' < 'ab')
print([1] == [1] is not None, (1 < 2) < 3, 1 < (2 < 3))
try:
    print(1 < 2 < 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < 'x')
