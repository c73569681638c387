import sys

def f():
    fr = sys._getframe()
    print(sorted(fr.f_locals))
    a = 1
    print(sorted(fr.f_locals))
    del a
    print(sorted(fr.f_locals))
    if False:
        never = 1
    print("never" in fr.f_locals)

f()
