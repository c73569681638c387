# from-import forms, aliases, and star imports with and without __all__.
import sys
sys.path.insert(0, 'support')
from helper import func, CONST as C
from helper import (Klass,
                    not_exported)
print(func(2), C, Klass().hello(), not_exported())
from helper import *
print(sorted(n for n in dir() if n in ('func', 'CONST', 'Klass', 'not_exported', '_private')))
from noall import *
print(public, fn(), '_private' in dir())
print('helper' in dir(), 'helper' in sys.modules)
