import sys

def outer():
    a = 1
    b = 2
    def inner():
        c = a + 1
        fr = sys._getframe()
        return sorted((k, v) for k, v in fr.f_locals.items() if k != "fr")
    print(sorted(sys._getframe().f_locals))
    return inner()

print(outer())

def outer2():
    x = "cell"
    fr = sys._getframe()
    print(fr.f_locals["x"])
    x = "changed"
    print(fr.f_locals["x"])
    return lambda: x

outer2()
