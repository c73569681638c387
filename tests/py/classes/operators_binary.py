# Binary operator dunders, reflected operands, NotImplemented fallback.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __rshift__(self, o): return 'rshift'
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 10 + a, a - b, a * 3, 3 * a, a @ b)
print(b / 2, b // 3, b % 3, a ** 2, -a, +a, abs(V(-1, 2)), ~a, V(1, 2, 3) << 1)
print(a & b, a | b, a ^ b, a >> b)
try:
    a + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
