# locals() in functions (3.12): a snapshot dict that later locals() calls refresh.
def f():
    x = 1
    snap = locals()
    x = 2
    before = snap['x']
    locals()
    return before, snap['x'], sorted(snap)
print(f())
def g():
    a = 1
    d = locals()
    d['a'] = 100
    d['new'] = 'added'
    return a, 'new' in locals()
print(g())
def h(p, *args, **kw):
    q = p
    return locals()
print(h(1, 2, k=3))
def closure():
    outer = 'o'
    def inner():
        return sorted(locals()), outer
    return inner()
print(closure())
def unbound():
    d = locals()
    later = 1
    return 'later' in d, 'later' in locals()
print(unbound())
def deleted():
    v = 1
    del v
    return locals()
print(deleted())
print(locals() is globals(), type(locals()).__name__)
class C:
    a = 1
    snap = locals()
    b = 2
print(sorted(k for k in C.snap if not k.startswith('__')))
