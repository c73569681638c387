import sys

def f():
    x = 1
    fr = sys._getframe()
    fr.f_locals["x"] = 99
    fr.f_locals["newname"] = 5
    print(x)
    print(sorted(fr.f_locals))
    return fr

fr = f()
print(fr.f_locals["x"])
