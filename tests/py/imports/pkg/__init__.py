print('pkg/__init__: executing, __name__ =', __name__, '__package__ =', __package__)
PKG_ATTR = 'from pkg/__init__'
from .a import a_func
