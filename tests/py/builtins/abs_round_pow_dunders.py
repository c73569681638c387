# Builtins dispatch to dunder methods: abs, round, pow, divmod, len, bool, hash, format, iter, next.
class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return f'abs({self.v})'
    def __round__(self, n=None): return f'round({self.v}, {n})'
    def __pow__(self, e, mod=None): return f'pow({self.v}, {e}, {mod})'
    def __rpow__(self, b): return f'rpow({b}, {self.v})'
    def __divmod__(self, o): return f'divmod({self.v}, {o})'
    def __rdivmod__(self, o): return f'rdivmod({o}, {self.v})'
    def __len__(self): return 3
    def __bool__(self): return False
    def __hash__(self): return 99
    def __format__(self, s): return f'format({s!r})'
    def __index__(self): return 5
n = Num(7)
print(abs(n), round(n), round(n, 2), pow(n, 2), pow(n, 2, 5), 2 ** n, divmod(n, 3), divmod(3, n))
print(len(n), bool(n), hash(n), format(n, 'x'), hex(n), [10, 20, 30, 40, 50, 60][n], 'ab' * 1)
