# proxy: forwarding attributes and operators, ReferenceError once dead
import weakref

class Obj:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
    def __len__(self):
        return self.v
    def __add__(self, other):
        return self.v + other

o = Obj(5)
p = weakref.proxy(o)
print(type(p).__name__, p.v, p.double(), len(p), p + 1)
p.v = 7
print(o.v)
print(weakref.proxy(o) is p)
print(type(weakref.proxy(len)).__name__)
print(weakref.proxy(len)("abc"))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(sorted(t.__name__ for t in weakref.ProxyTypes))
del o
for thunk in (lambda: p.v, lambda: len(p), lambda: p + 1, lambda: str(p)):
    try:
        thunk()
    except ReferenceError as e:
        print(type(e).__name__, e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(type(e).__name__, e)
