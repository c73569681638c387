# Finalizers that allocate, collect or resurrect during a collection.
import gc

gc.disable()
gc.collect()
results = []

class Inner:
    def __del__(self):
        # a collection requested while one runs does nothing
        results.append(("nested collect", gc.collect()))
        results.append(("junk", len([[i] for i in range(100)])))

a = Inner()
a.me = a
del a
n = gc.collect()
print(results)
print("collected", n)

print(gc.is_finalized(Inner()))
class Keep:
    def __del__(self):
        global kept
        kept = self
k = Keep()
k.me = k
del k
gc.collect()
print("resurrected and finalized:", gc.is_finalized(kept))
kept.me = None
del kept
print(gc.collect())

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(all(s["collections"] >= 0 for s in stats))
gc.enable()
