# Rich comparisons, reflection, and NotImplemented handling.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'N({self.v})'
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
class Sub(N):
    def __gt__(self, o):
        print('Sub.gt', self.v, o.v)
        return self.v > o.v
print(N(1) == N(1), N(1) != N(2))
print(N(1) < N(2), N(2) > N(1))
print(N(1) < Sub(2))
print(N(3) <= N(3), N(4) >= N(5))
print(sorted([N(3), N(1), N(2)]))
try:
    N(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(N(1) == 5, 5 == N(1))
class NoEq: pass
a = NoEq()
print(a == a, a == NoEq(), a != a)
