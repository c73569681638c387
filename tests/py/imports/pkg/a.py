print('pkg.a: executing, __name__ =', __name__, '__package__ =', __package__)
from . import b
from .b import B_CONST
from .sub import mod as submod
def a_func():
    return 'a_func uses ' + B_CONST + ' and ' + submod.MOD_CONST
