# sys.modules caches modules: a second import does not re-execute; deleting forces re-execution.
import sys
sys.path.insert(0, 'support')
import counter_mod
counter_mod.bump()
import counter_mod
print(counter_mod.count, sys.modules['counter_mod'] is counter_mod)
def local_import():
    import counter_mod as cm
    return cm.bump()
print(local_import(), counter_mod.count)
del sys.modules['counter_mod']
import counter_mod as fresh
print(fresh.count, fresh is counter_mod, counter_mod.count)
sys.modules['fake_module'] = 'any object can be a module'
import fake_module
print(fake_module)
sys.modules['none_module'] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
