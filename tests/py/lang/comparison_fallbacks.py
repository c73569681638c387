# Rich comparison dispatch: reflection, subclass priority, NotImplemented and identity fallback.
log = []
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o): log.append(f'A{self.n}.__eq__'); return NotImplemented
    def __lt__(self, o): log.append(f'A{self.n}.__lt__'); return NotImplemented
    def __gt__(self, o): log.append(f'A{self.n}.__gt__'); return NotImplemented
    __hash__ = object.__hash__
a1, a2 = A(1), A(2)
print(a1 == a1, a1 == a2, a1 != a2, log)
log.clear()
try:
    a1 < a2
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
class B(A):
    def __gt__(self, o): log.append('B.__gt__'); return 'B says gt'
    def __eq__(self, o): log.append('B.__eq__'); return 'B says eq'
print(a1 < B(3), log)
log.clear()
print(a1 == B(3), log)
log.clear()
class OnlyEq:
    def __eq__(self, o): return 'custom'
x = OnlyEq()
print(x == 1, x != 1, 1 == x, 1 != x)
class EqFalse:
    def __eq__(self, o): return False
e = EqFalse()
print(e == e, e in [e], [e] == [e], [e].count(e), (e,) == (e,), {0: e} == {0: e})
nan = float('nan')
print(nan == nan, nan in [nan], [nan] == [nan], [nan].index(nan))
try:
    [] < ()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    None >= 0
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1} < [1]
except TypeError as ex:
    print(type(ex).__name__, ex)
