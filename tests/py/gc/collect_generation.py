# collect(generation) argument checks
import gc

gc.collect()
for g in (0, 1, 2):
    print(g, gc.collect(g))
for bad in (-1, 3, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.collect("0")
except TypeError as e:
    print(type(e).__name__, e)
print(gc.collect(generation=2))
try:
    gc.collect(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
