# cycles are freed automatically once allocations pass the threshold
import gc

freed = 0

class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        global freed
        freed += 1

gc.collect()
gc.disable()
for _ in range(2000):
    Cyc()
print("disabled, freed:", freed)
gc.collect()
print("after collect:", freed)

freed = 0
old = gc.get_threshold()
gc.set_threshold(10, 10, 10)
gc.enable()
for _ in range(2000):
    Cyc()
print("automatic collection happened:", freed > 0)
gc.collect()
print("all freed:", freed)
gc.set_threshold(*old)
