print('pkg.sub.mod: executing, __name__ =', __name__, '__package__ =', __package__)
from .. import b as parent_b
from ..b import B_CONST
MOD_CONST = 'MOD(' + B_CONST + ')'
def where():
    return __name__ + ' sees ' + parent_b.__name__
