# __slots__: no __dict__, restricted attributes, inheritance.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(5)
q.z = 'ok in subclass'
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 2
print(r.x, r.w, hasattr(r, '__dict__'))
print(type(P.x).__name__)
