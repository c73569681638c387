# x op= y tries __iop__, then __op__, then the right operand's __rop__.
log = []
class L:
    def __init__(self, n): self.n = n
    def __iadd__(self, o):
        log.append('L.__iadd__'); return NotImplemented
    def __add__(self, o):
        log.append('L.__add__'); return NotImplemented
    def __repr__(self): return f'L({self.n})'
class R:
    def __radd__(self, o):
        log.append('R.__radd__'); return 'radd result'
x = L(1)
x += R()
print(x, log)
log.clear()
y = L(2)
try:
    y += 5
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
class Sub(L):
    def __radd__(self, o):
        log.append('Sub.__radd__'); return 'sub radd'
z = L(3)
z += Sub(4)
print(z, log)
log.clear()
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(type(e).__name__, e)
for op in ['-=', '*=', '@=', '//=', '**=', '<<=', '|=']:
    v = 'str'
    try:
        exec(f'v {op} None')
    except TypeError as e:
        print(op, e)
