import sys

class C:
    pass

x = C()
base = sys.getrefcount(x)
print(base)
lst = [x, x, x]
print(sys.getrefcount(x) - base)
d = {"a": x}
print(sys.getrefcount(x) - base)
del lst
print(sys.getrefcount(x) - base)
del d
print(sys.getrefcount(x) - base)

def f(obj):
    return sys.getrefcount(obj)
print(f(x) - base)
y = x
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base)
try:
    sys.getrefcount()
except TypeError as e:
    print(type(e).__name__, e)
