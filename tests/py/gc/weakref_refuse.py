# which objects accept weak references ("cannot create weak reference to ...")
import weakref

class C:
    pass

def f():
    pass

for obj in [1, 2.5, "s", b"b", (1,), [1], {"a": 1}, None, True, 3j,
            bytearray(b"x")]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)

ok = [C(), C, f, {1, 2}, frozenset({3}), int, len.__self__, (x for x in ()),
      lambda: 0, print.__class__, type]
for obj in ok:
    print(type(obj).__name__, weakref.ref(obj)() is obj)

class MyInt(int):
    pass

class MyList(list):
    pass

print(weakref.ref(MyList())() is None)
try:
    weakref.ref(MyInt(5))
except TypeError as e:
    print(type(e).__name__, e)
