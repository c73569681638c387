# get_objects
import gc

class Marker:
    pass

m = Marker()
lst = [m]
objs = gc.get_objects()
print(type(objs).__name__)
print("instance", any(o is m for o in objs))
print("list", any(o is lst for o in objs))
big = 12345
print("int", any(o is big for o in objs))
del objs
for bad in (-2, 3):
    try:
        gc.get_objects(generation=bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(type(gc.get_objects(generation=0)).__name__)
print(type(gc.get_objects(None)).__name__, type(gc.get_objects(-1)).__name__)
