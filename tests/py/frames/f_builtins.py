import sys
import builtins

f = sys._getframe()
print(f.f_builtins is builtins.__dict__)
print(f.f_builtins["len"] is len)
def g():
    return sys._getframe().f_builtins
print(g() is f.f_builtins)
print(type(f.f_builtins).__name__)
print("print" in g(), "nonexistent_name" in g())
