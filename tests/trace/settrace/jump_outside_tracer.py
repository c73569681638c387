import sys

def f():
    fr = sys._getframe()
    try:
        fr.f_lineno = 3
    except ValueError as e:
        print(type(e).__name__, e)
    return 1

f()
fr = sys._getframe()
try:
    fr.f_lineno = 1
except ValueError as e:
    print(type(e).__name__, e)
