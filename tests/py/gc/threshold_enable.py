# get/set_threshold, enable/disable
import gc
print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(50, 3)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("a",)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
