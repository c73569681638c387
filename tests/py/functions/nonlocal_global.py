# nonlocal and global declarations.
x = 'g'
def a():
    x = 'a'
    def b():
        nonlocal x
        x = 'b'
        def c():
            global x
            x = 'c'
        c()
    b()
    return x
print(a(), x)
def counter():
    n = 0
    def step(k):
        nonlocal n
        n += k
        return n
    return step
s = counter()
print(s(1), s(10), s(100))
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 1
        inner()
        inner()
    mid()
    return v
print(outer())
def g():
    global newglobal
    newglobal = 'created'
g()
print(newglobal)
