# Calling a class whose __init__ is a Python function runs __init__ inline: the instance is
# the call's result, __init__'s errors and return-value check behave as through type.__call__.
import sys, traceback

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.caller = sys._getframe(1).f_code.co_name

def make():
    return [P(i, -i) for i in range(3)]
ps = make()
print([(p.x, p.y, p.caller) for p in ps], type(ps[0]).__name__)

class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print("TypeError", e)

class Raises:
    def __init__(self, v):
        if v:
            raise ValueError("bad value %r" % v)
def build(v):
    return Raises(v)
try:
    build(7)
except ValueError as e:
    print("ValueError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])
print(type(build(0)).__name__)

class Slotted:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
print(Slotted(5).a)

class Base:
    def __init__(self, v):
        self.v = v
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
print(Child(4).v)

class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.from_new = True
        return o
    def __init__(self, v):
        self.v = v
w = WithNew(3)
print(w.v, w.from_new)

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(M(9).a)

class Defaults:
    def __init__(self, a, b=2):
        self.s = a + b
print(Defaults(1).s, Defaults(1, 5).s)

class Selfish:
    def __init__(self, x):
        self = None   # rebinding self does not change the result
        x.append("ran")
log = []
print(type(Selfish(log)).__name__, log)

def deep(n):
    class R:
        def __init__(self, n):
            self.child = R(n - 1) if n else None
    return R(n)
try:
    deep(5000)
except RecursionError:
    print("RecursionError")
d = deep(10)
n = 0
while d:
    d = d.child
    n += 1
print(n)
