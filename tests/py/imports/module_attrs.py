# Attributes of the __main__ module and of imported modules.
import sys
sys.path.insert(0, 'support')
print(__name__, __package__, __spec__, __doc__)
import noall
print(noall.__name__, noall.__package__, noall.__spec__.name, noall.__doc__, noall.__loader__ is not None)
print(sorted(k for k in vars(noall) if not k.startswith('__')))
noall.added = 'set from outside'
from noall import added
print(added)
print(type(sys).__name__, sys.__name__, type(noall) is type(sys))
