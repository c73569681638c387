# Attribute caches must notice every change that alters what an attribute load finds.

class A:
    x = "class x"
    def m(self):
        return "A.m"

def load_x(o):
    return o.x

def call_m(o):
    return o.m()

a = A()
for _ in range(100):
    load_x(a)
    call_m(a)
print(load_x(a), call_m(a))

# an instance attribute shadows the class value and the method
a.x = "instance x"
a.m = lambda: "instance m"
print(load_x(a), call_m(a))
del a.x
del a.m
print(load_x(a), call_m(a))

# the class changes: a new method, a new class value
A.m = lambda self: "new A.m"
A.x = 42
print(load_x(a), call_m(a))

# a property added later takes precedence over the instance dict
a.y = "instance y"
def load_y(o):
    return o.y
for _ in range(100):
    load_y(a)
A.y = property(lambda self: "property y")
print(load_y(a))
del A.y
print(load_y(a))

# a base class changes under a subclass
class B(A):
    pass
b = B()
for _ in range(100):
    call_m(b)
print(call_m(b))
A.m = lambda self: "A.m again"
print(call_m(b))
B.m = lambda self: "B.m"
print(call_m(b), call_m(a))

# __class__ assignment
class C:
    x = "C.x"
    def m(self):
        return "C.m"
c = C()
for _ in range(100):
    load_x(c)
    call_m(c)
c.__class__ = A
print(load_x(c), call_m(c))

# __getattribute__ and __getattr__ added after caching
class D:
    def __init__(self):
        self.x = 1
d = D()
for _ in range(100):
    load_x(d)
D.__getattribute__ = lambda self, name: "intercepted " + name
print(load_x(d))
del D.__getattribute__
print(load_x(d))
del d.x
D.__getattr__ = lambda self, name: "fallback " + name
print(load_x(d))
del D.__getattr__
try:
    load_x(d)
except AttributeError as e:
    print("AttributeError:", e)

# many receiver types at one site (more than the cache holds)
classes = []
for i in range(7):
    classes.append(type("K%d" % i, (), {"x": i, "m": (lambda i: lambda self: i * 10)(i)}))
objs = [k() for k in classes]
for o in objs[3:]:
    o.x = -o.x
total = 0
for _ in range(50):
    for o in objs:
        total += load_x(o) + call_m(o)
print(total)

# slots
class S:
    __slots__ = ("x", "y")
s = S()
s.x = 5
for _ in range(100):
    load_x(s)
print(load_x(s))
del s.x
try:
    load_x(s)
except AttributeError as e:
    print("AttributeError:", e)

# modules
import sys
mod = type(sys)("mod")
mod.x = "module x"
for _ in range(100):
    load_x(mod)
print(load_x(mod))
mod.x = "changed"
print(load_x(mod))
mod.other = 1
del mod.x
try:
    load_x(mod)
except AttributeError as e:
    print("AttributeError:", e)

# class attributes through the class: static and class methods
class E:
    @staticmethod
    def m():
        return "static"
    x = "E.x"
for _ in range(100):
    call_m(E)
    load_x(E)
print(call_m(E), load_x(E))
E.m = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(call_m(E))
E.x = "E.x changed"
print(load_x(E))
class F(E):
    pass
print(call_m(F), load_x(F))
