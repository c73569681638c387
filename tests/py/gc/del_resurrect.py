# resurrection in a collected cycle
import gc

saved = []

class Phoenix:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __del__(self):
        Phoenix.calls += 1
        print("__del__", self.v, "call", Phoenix.calls)
        saved.append(self)

p = Phoenix(42)
del p
print("resurrected:", len(saved), saved[0].v)
q = saved.pop()
del q
print("second death, calls =", Phoenix.calls, "saved", len(saved))

# in a cycle: __del__ resurrects, object stays usable, not called again
class Ring:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]
    def __del__(self):
        print("Ring.__del__")
        saved.append(self)

gc.disable()
r = Ring()
del r
gc.collect()
print("alive:", saved[0].data, saved[0].me is saved[0])
r = saved.pop()
del r
gc.collect()
print("collected again, no second __del__")
gc.enable()
