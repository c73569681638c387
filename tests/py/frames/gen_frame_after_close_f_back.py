import sys

def gen():
    yield sys._getframe()

g = gen()
fr = next(g)
print(fr is g.gi_frame)
print(fr.f_back)
g.close()
print(g.gi_frame)
print(fr.f_code.co_name)
print(fr.f_lineno - fr.f_code.co_firstlineno)
