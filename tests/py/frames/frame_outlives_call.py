import sys

def make():
    x = 10
    y = "hello"
    return sys._getframe()

fr = make()
print(fr.f_code.co_name)
print(fr.f_locals["x"], fr.f_locals["y"])
print(fr.f_back.f_code.co_name)
print(fr.f_back is sys._getframe())
print(type(fr.f_lineno).__name__, fr.f_lineno)
print(fr.f_globals is globals())
