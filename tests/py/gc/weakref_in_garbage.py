# no callback for a weakref in the garbage
import weakref, gc

class Node:
    pass

def cb(ref):
    print("callback fired")

gc.disable()
# the weakref is itself part of the garbage: its callback is not called
a = Node()
a.me = a
a.ref = weakref.ref(a, cb)
del a
gc.collect()
print("after first collect")

# the weakref outlives the cycle: callback is called
b = Node()
b.me = b
keep = weakref.ref(b, cb)
del b
gc.collect()
print("after second collect", keep())
gc.enable()
