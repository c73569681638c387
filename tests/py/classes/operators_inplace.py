# In-place operators: __iadd__ etc., fallback to binary op, and the rebinding rule.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __add__(self, o):
        print('add')
        return Acc(self.v + o)
    def __isub__(self, o):
        print('isub returns NotImplemented')
        return NotImplemented
    def __sub__(self, o):
        print('sub')
        return Acc(self.v - o)
    def __imul__(self, o):
        return 'replaced'
a = Acc(1)
orig = a
a += 5
print(a.v, a is orig)
a -= 2
print(a.v, a is orig)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
