import sys

def f():
    return sys._getframe().f_lasti

def g():
    x = 1
    return sys._getframe().f_lasti

print(f(), g())
