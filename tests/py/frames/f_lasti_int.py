import sys

def f():
    fr = sys._getframe()
    a = fr.f_lasti
    b = fr.f_lasti
    return a, b, fr

a, b, fr = f()
print(type(a).__name__, a >= 0, b > a)
print(a % 2 == 0, b % 2 == 0)
print(type(fr.f_lasti).__name__)

def g():
    return sys._getframe(1).f_lasti
x = g()
y = g()
print(x >= 0, y > x)
