# WeakMethod: dies with its instance or function, calls back once
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n

c = C(3)
plain = weakref.ref(c.get)
print("plain bound-method ref dead:", plain() is None)
wm = weakref.WeakMethod(c.get)
m = wm()
print(m(), m == c.get)
del m
log = []
wm2 = weakref.WeakMethod(c.get, lambda r: log.append("died"))
del c
print(wm() is None, log)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
