# Star import from a package honours __all__; module attributes of a package.
from nsfree import *
print(exported, 'hidden' in dir())
import nsfree
print(nsfree.__doc__, nsfree.__all__, nsfree.hidden, nsfree.__name__, nsfree.__package__)
print(type(nsfree.__path__).__name__, len(nsfree.__path__))
