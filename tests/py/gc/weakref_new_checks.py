# ReferenceType.__new__ checks its class argument; proxies cannot be made by calling their type
import weakref
class C: pass
o = C()
for cls in (1, int, weakref.ProxyType):
    try:
        print(weakref.ref.__new__(cls, o))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ProxyType(o)
except TypeError as e:
    print(type(e).__name__, e)
