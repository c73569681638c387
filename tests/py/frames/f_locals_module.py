import sys

f = sys._getframe()
print(f.f_locals is globals())
print(locals() is globals())
a = 1
print(f.f_locals["a"])
f.f_locals["b"] = 2
print(b)
print(sys._getframe().f_locals is f.f_locals)
