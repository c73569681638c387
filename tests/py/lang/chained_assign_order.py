# Chained assignment evaluates the RHS once, then assigns targets left to right.
log = []
class Rec:
    def __init__(self, name): self.name = name
    def __setitem__(self, k, v):
        log.append(f'{self.name}[{k!r}] = {v!r}')
    def __setattr__(self, k, v):
        log.append(f'{self.name}.{k} = {v!r}') if k != 'name' else object.__setattr__(self, k, v)
def rhs():
    log.append('rhs')
    return 42
a, b = Rec('a'), Rec('b')
a[0] = b.x = a.y = b['k'] = rhs()
print(log)
x = [0, 0, 0]
i = 0
i = x[i] = 2
print(i, x)
lst = lst[0] = [None]
print(lst[0] is lst)
p = q = []
p.append(1)
print(q)
m, n = n, m = 1, 2
print(m, n)
(c, d), e = f = [(1, 2), 3]
print(c, d, e, f)
log.clear()
first, *rest = a[1] = 'xyz'
print(first, rest, log)
