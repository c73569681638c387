# get_count
import gc

c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int for x in c))
gc.collect()
print(gc.get_count())
gc.disable()
before = gc.get_count()[0]
junk = [[] for _ in range(50)]
after = gc.get_count()[0]
print(after - before >= 50)
gc.collect(0)
print(gc.get_count()[0] < 5)
gc.enable()
