# freeze/unfreeze/get_freeze_count
import gc

gc.collect()
n0 = gc.get_freeze_count()
keep = [[i] for i in range(10)]
gc.freeze()
print(gc.get_freeze_count() >= n0 + 10)
print(any(x is keep for x in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count())
print(any(x is keep for x in gc.get_objects()))
print(gc.freeze(), gc.unfreeze())
