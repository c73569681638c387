import inspect
import sys

f = inspect.currentframe()
print(f is sys._getframe())
def g():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno
print(g())
print(inspect.isframe(f), inspect.isframe(g))
