# Generator object attributes through its life: gi_running, gi_suspended, gi_frame, gi_yieldfrom.
def inner():
    yield 'i'
def gen():
    yield 1
    yield from inner()
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print(next(g), g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(list(g), g.gi_suspended, g.gi_frame, g.gi_yieldfrom)
print(g.__name__, g.__qualname__, g.gi_code.co_name, type(g).__name__)
g.__name__ = 'renamed'
print(g.__name__, repr(g)[:22])
def closes():
    yield
c = closes()
c.close()
print(c.gi_frame, c.gi_suspended, next(c, 'exhausted'))
