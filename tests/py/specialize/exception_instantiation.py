# Exception classes that keep BaseException's __new__ and __init__ are instantiated in one step;
# classes that override either, OSError's family, and the classes with derived attributes must
# behave as before.
class Plain(ValueError):
    pass


class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.extra = a


class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "from new")
        inst.made = True
        return inst


class MyStop(StopIteration):
    pass


class MyExit(SystemExit):
    pass


class MyOS(OSError):
    pass


for cls, args in [(Plain, ("x", 1)), (Plain, ()), (KeyError, ("k",)), (MyStop, (5,)), (MyStop, ()),
                  (MyExit, (3,)), (MyExit, ()), (OSError, (2, "nofile", "f.txt")), (MyOS, (13, "denied")),
                  (ImportError, ("m",)), (AttributeError, ("a",)), (NameError, ("n",))]:
    e = cls(*args)
    extra = [getattr(e, a, "-") for a in ("value", "code", "errno", "strerror", "filename", "name", "msg")]
    print(type(e).__name__, e.args, repr(str(e)), extra)

w = WithInit(1)
print(w.args, w.extra, WithInit(1, b=5).args)
n = WithNew("ignored")
print(n.args, n.made)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print(ImportError("m", name="mod", path="p").name, ImportError("m", name="mod").path)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError", e)
try:
    raise Plain("raised", 2)
except ValueError as e:
    print(repr(e), e.__traceback__ is not None)
