import sys

def gen():
    yield sys._getframe() is g.gi_frame
    yield sys._getframe(1).f_code.co_name

g = gen()
print(next(g))
def caller():
    return next(g)
print(caller())
print([x for x in (sys._getframe().f_code.co_name for _ in range(1))])
