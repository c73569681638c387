# DEBUG_* flags, get_debug/set_debug, garbage
import gc
names = ["DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE",
         "DEBUG_SAVEALL", "DEBUG_LEAK"]
for n in names:
    print(n, getattr(gc, n))
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
try:
    gc.set_debug("x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(gc.garbage).__name__, gc.garbage)
print(type(gc.callbacks).__name__, gc.callbacks)
