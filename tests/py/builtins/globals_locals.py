# globals() and locals().
g = globals()
print(g is globals(), g['__name__'], 'g' in g, type(g).__name__)
g['dynamic'] = 'made via globals()'
print(dynamic)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l1), sorted(l2)
print(g2())
print(locals() is globals())
class K:
    z = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
def closure():
    v = 'free'
    def inner():
        return sorted(locals())
    def inner2():
        return v, sorted(locals())
    return inner(), inner2()
print(closure())
