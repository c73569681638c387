import sys

def a():
    return b()

def b():
    return c()

def c():
    names = []
    for depth in range(4):
        names.append(sys._getframe(depth).f_code.co_name)
    return names

print(a())
print(sys._getframe(0).f_code.co_name)

def depth_of_stack():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

print(depth_of_stack())
print(a.__name__, (lambda: sys._getframe(1).f_code.co_name)())
