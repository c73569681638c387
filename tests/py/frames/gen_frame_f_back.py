import sys

def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name

def driver():
    return next(g)

g = gen()
print(next(g))
print(driver())
print(g.gi_frame.f_back)
