# unreachable cycles with __del__ are collected; each finalizer runs once
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append(self.name)

log = []
gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("after del:", log)
gc.collect()
print("after collect:", sorted(log))
log.clear()
gc.collect()
print("second collect:", log)

s = Node("self")
s.other = s
del s
print("before:", log)
gc.collect()
print("after:", log)
gc.enable()
