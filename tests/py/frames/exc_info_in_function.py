import sys

def show():
    e = sys.exception()
    print(type(e).__name__ if e else None)
    print(sys.exc_info()[0])

try:
    1 / 0
except ZeroDivisionError:
    show()
show()

def gen():
    yield sys.exception()
    yield sys.exception()

g = gen()
try:
    raise TypeError("t")
except TypeError:
    print(type(next(g)).__name__)
print(next(g))
