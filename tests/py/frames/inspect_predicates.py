import inspect
import sys

def f(): pass
def g(): yield
class C:
    def m(self): pass
gen = g()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
items = [("f", f), ("g", g), ("C", C), ("C.m", C.m), ("C().m", C().m), ("gen", gen), ("len", len),
         ("sys", sys), ("code", f.__code__), ("frame", sys._getframe()), ("tb", tb), ("int", 1)]
preds = ["isfunction", "isclass", "ismethod", "isgenerator", "isgeneratorfunction", "isbuiltin",
         "isroutine", "ismodule", "iscode", "isframe", "istraceback"]
for name, obj in items:
    print(name.ljust(6), "".join("1" if getattr(inspect, p)(obj) else "." for p in preds))
