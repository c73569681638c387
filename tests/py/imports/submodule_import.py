# import a.b.c binds the top package; import a.b.c as x binds the leaf; from a.b import c.
import pkg.sub.mod
print(pkg.sub.mod.MOD_CONST, pkg.sub.mod.where())
import pkg.sub.mod as m
print(m is pkg.sub.mod, m.__name__, m.__package__)
from pkg.sub import mod
print(mod is m)
from pkg import b
print(b.B_CONST, b.__name__)
from pkg.sub.mod import MOD_CONST, where as w
print(MOD_CONST, w())
