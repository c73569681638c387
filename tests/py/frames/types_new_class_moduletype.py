import types

C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, C.__bases__)
D = types.new_class("D", (C,))
print(D.x, D.__mro__[1] is C)
m = types.ModuleType("mymod", "doc here")
print(m.__name__, m.__doc__)
m.value = 3
print(m.value)
print(repr(m))
print(types.ModuleType("x").__doc__)
