def inner():
    yield 1
    yield 2

def outer():
    yield 0
    yield from sub
    yield 3

sub = inner()
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom is sub)
print(sub.gi_yieldfrom)
next(g)
next(g)
print(g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)
