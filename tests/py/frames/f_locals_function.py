import sys

def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    loc = fr.f_locals
    print(sorted(loc))
    print(loc["a"], loc["b"], loc["c"])
    d = 10
    print("d" in loc)
    loc2 = fr.f_locals
    print("d" in loc2, loc2 is loc)
    return loc

r = f(1)
print(sorted(r))
