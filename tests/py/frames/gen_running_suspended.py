def gen():
    print("running inside:", g.gi_running, g.gi_suspended)
    yield 1
    print("running inside:", g.gi_running, g.gi_suspended)
    yield 2

g = gen()
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_suspended)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_running, g.gi_suspended)
