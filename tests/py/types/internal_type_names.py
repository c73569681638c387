# Names and modules of interpreter-internal types reached through type().
d = {}
def f():
    yield
class C:
    def m(self):
        pass
objs = [None, NotImplemented, ..., len, lambda: 0, f(), C().m, int.__add__, str.join, [].append, object.__init__, int.real,
        type.__dict__, (1).__add__, C.__dict__['m'], iter([]), iter(range(1)), iter({}), reversed(d), (x for x in ()), f.__code__]
for o in objs:
    T = type(o)
    print(T.__name__, T.__qualname__, T.__module__)
