# Module-level __getattr__ and __dir__ (PEP 562).
import sys
sys.path.insert(0, 'support')
import lazy_attr
print(lazy_attr.real, lazy_attr.dyn_x, getattr(lazy_attr, 'dyn_y'), dir(lazy_attr))
from lazy_attr import dyn_imported
print(dyn_imported)
try:
    lazy_attr.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from lazy_attr import other
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
