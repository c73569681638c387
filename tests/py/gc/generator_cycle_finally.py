# a suspended generator in a garbage cycle is closed (its finally block runs)
import gc

class Holder:
    pass

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

gc.disable()
h = Holder()
h.g = gen("cycle")
h.self = h
print(next(h.g))
del h
print("before collect")
gc.collect()
print("after collect")

def selfref():
    g = yield
    try:
        yield "suspended"
    finally:
        print("finally selfref")

g = selfref()
next(g)
print(g.send(g))  # the generator's frame now holds the generator
del g
print("before collect 2")
gc.collect()
print("after collect 2")
gc.enable()
