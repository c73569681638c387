import sys

def outer():
    me = sys._getframe()
    child = inner()
    print(child is me)
    print(sys._getframe() is me)
    return me

def inner():
    return sys._getframe(1)

m = outer()
print(m.f_code.co_name)
top = sys._getframe()
def check():
    return sys._getframe().f_back is top
print(check())
