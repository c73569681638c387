import sys

def f():
    try:
        raise ValueError
    except ValueError:
        fr = sys._getframe()
        return fr.f_lineno, sys.exc_info()[2].tb_frame is fr

print(f())
def g():
    try:
        return sys._getframe().f_lineno
    finally:
        pass
print(g())
