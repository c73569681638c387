# global and nonlocal in less common positions.
x = 'module'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'set-by-inner'
        return x
    r = inner()
    return r, x
print(outer(), x)
def make():
    count = 0
    class K:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return K()
k = make()
print(k.bump(), k.bump())
def g1():
    def g2():
        def g3():
            nonlocal v
            v += '3'
        g3()
    v = 'v'
    g2()
    return v
print(g1())
class A:
    global late_global
    late_global = 'from class body'
print(late_global)
def uses_del():
    global x
    del x
uses_del()
print('x' in globals())
def unbound():
    y = 1
    def f():
        print(y)
    del y
    f()
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
exec('global q\nq = 7')
print(q)
