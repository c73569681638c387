# __weakref__ slot, getset_descriptor
import weakref

class NoWeak:
    __slots__ = ("x",)

class Weak:
    __slots__ = ("x", "__weakref__")

class Plain:
    pass

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)

w = Weak()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
print(hasattr(NoWeak(), "__weakref__"))

p = Plain()
print(p.__weakref__)
rp = weakref.ref(p)
print(p.__weakref__ is rp)
print(type(Plain.__dict__["__weakref__"]).__name__)
print("__weakref__" in Weak.__dict__, "__weakref__" in NoWeak.__dict__)

class Sub(NoWeak):
    pass

print(weakref.ref(Sub())() is None)

try:
    class Dup(Plain):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__weakref__ = None
except AttributeError as e:
    print(type(e).__name__, e)
