# Relative imports resolved against __package__; errors for bad relative imports.
from pkg.sub import mod
print(mod.parent_b.B_CONST, mod.B_CONST)
try:
    import pkg.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from . import anything')
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
