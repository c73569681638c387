# A circular from-import of a name that is not yet defined fails with a clear message.
import sys
sys.path.insert(0, 'support')
try:
    import circ_x
except ImportError as e:
    print(type(e).__name__, e)
print('circ_x' in sys.modules, 'circ_y' in sys.modules)
