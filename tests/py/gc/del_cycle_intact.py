# PEP 442: finalizers in a cycle see it intact; collect() counts the objects freed
import gc

class Part:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.payload = [name] * 2
    def __del__(self):
        # PEP 442: while finalizers run, the whole cycle is still intact
        log.append((self.name, self.peer.name, self.peer.payload))

log = []
gc.disable()
gc.collect()
x = Part("x")
y = Part("y")
x.peer, y.peer = y, x
del x, y
n = gc.collect()
for entry in sorted(log):
    print(entry)
print("unreachable:", n)
print(gc.garbage)
gc.enable()
