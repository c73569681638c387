import sys

def f(n):
    total = 0
    for i in range(n):
        total += i
    fr = sys._getframe()
    total += 1000
    return fr

fr = f(5)
loc = fr.f_locals
print(sorted(loc))
print(loc["total"], loc["i"], loc["n"])
print(fr.f_lineno)
del loc
print(sorted((k, v) for k, v in fr.f_locals.items() if k != "fr"))
