# Subclasses of types.ModuleType: instances are of the subclass and keep attributes in the
# module dict; methods and properties of the subclass work.
import types

class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name
    @property
    def shout(self):
        return self.__name__.upper()

m = Lazy("mymod", "the doc")
m.x = 1
print(type(m).__name__, isinstance(m, types.ModuleType), m.__name__, m.__doc__)
print(m.x, m.__dict__["x"], m.missing, m.shout, sorted(k for k in vars(m) if not k.startswith("__")))
sys_like = types.ModuleType("plain")
sys_like.__class__ = Lazy
print(type(sys_like).__name__, sys_like.anything)
try:
    class Bad(types.ModuleType):
        __slots__ = ("a",)
    print("slots accepted")
except TypeError as e:
    print("TypeError", e)
