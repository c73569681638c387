import sys

X = 42

def f():
    return sys._getframe().f_globals

print(f() is globals())
print(sys._getframe().f_globals is globals())
print(f()["X"])
g = f()
g["Y"] = 7
print(Y)
print(f.__globals__ is f())
