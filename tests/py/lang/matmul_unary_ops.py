# The @ operator family and unary operator dunders, with error messages.
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return f'M({self.v})@{o!r}'
    def __rmatmul__(self, o): return f'{o!r}@M({self.v}) reflected'
    def __imatmul__(self, o):
        self.v = f'{self.v}@={o}'
        return self
    def __neg__(self): return f'-M({self.v})'
    def __pos__(self): return f'+M({self.v})'
    def __invert__(self): return f'~M({self.v})'
    def __repr__(self): return f'M({self.v})'
m = M(1)
print(m @ 2, 3 @ m, m @ m)
m @= 'x'
print(m, -m, +m, ~m)
for thunk in [lambda: 1 @ 2, lambda: [1] @ [2], lambda: -'s', lambda: +[], lambda: ~1.5,
              lambda: ~'s', lambda: -None, lambda: abs('s')]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(-True, +False, ~True, ~-1, -(-5), --5, -+-5, ~~7, not not 3)
class OnlyNeg:
    def __neg__(self): return NotImplemented
print(-OnlyNeg())
v = [1, 2]
try:
    v @= 3
except TypeError as e:
    print(type(e).__name__, e)
