# Cycles through frames, tracebacks, closures, classes and bound methods are all collected.
import gc, sys, weakref

gc.disable()
gc.collect()

class Probe:
    pass

def frame_cycle():
    p = Probe()
    me = sys._getframe()   # the frame's locals hold the frame itself
    return weakref.ref(p)

r = frame_cycle()
print("frame cycle alive before collect:", r() is not None)
gc.collect()
print("frame cycle alive after collect:", r() is not None)

def traceback_cycle():
    p = Probe()
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()   # traceback -> frame -> info -> traceback
    return weakref.ref(p)

r = traceback_cycle()
print("traceback cycle:", r() is not None, end=" ")
gc.collect()
print(r() is not None)

def closure_cycle():
    p = Probe()
    def inner():
        return inner, p      # the closure cell holds the function itself
    return weakref.ref(p)

r = closure_cycle()
print("closure cycle:", r() is not None, end=" ")
gc.collect()
print(r() is not None)

def class_cycle():
    class Local:
        def method(self):
            return Local
    return weakref.ref(Local)

r = class_cycle()
print("class alive before collect:", r() is not None)
gc.collect()
print("class alive after collect:", r() is not None)

class Holder:
    def __init__(self):
        self.callback = self.method   # bound method -> instance -> dict -> bound method
    def method(self):
        pass

h = Holder()
r = weakref.ref(h)
del h
print("bound-method cycle:", r() is not None, end=" ")
gc.collect()
print(r() is not None)

# generator that refers to itself through a global-like container
box = []
def g():
    yield box
gen = g()
box.append(gen)
r = weakref.ref(gen)
del gen, box
print("generator in list cycle:", r() is not None, end=" ")
gc.collect()
print(r() is not None)

print("nothing left:", gc.collect())
gc.enable()
