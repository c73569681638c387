# callbacks before __del__ in cycles
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cb(ref):
    print("callback", ref is wr, ref())

gc.disable()
n = Node("cyc")
n.me = n
wr = weakref.ref(n, cb)
del n
print("before collect")
gc.collect()
print("after collect", wr())

# plain refcount death: __del__ first, then callbacks
m = Node("plain")
wr = weakref.ref(m, cb)
del m
print("done")
gc.enable()
