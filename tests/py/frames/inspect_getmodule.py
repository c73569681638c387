import inspect
import sys

def f(): pass
class C: pass
print(inspect.getmodule(f).__name__)
print(inspect.getmodule(C).__name__)
print(inspect.getmodule(f) is sys.modules["__main__"])
print(inspect.getmodule(len).__name__)
print(inspect.getmodule(inspect.getmodule).__name__)
print(inspect.getmodulename("pkg/thing.py"))
print(inspect.ismodule(inspect))
