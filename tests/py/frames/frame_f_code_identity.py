import sys

def f():
    return sys._getframe().f_code

print(f() is f.__code__)
print(f() is f())
print(sys._getframe().f_code.co_name)
g = lambda: sys._getframe().f_code
print(g() is g.__code__, g().co_name)
