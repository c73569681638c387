def gen():
    yield 1

g = gen()
print(g.gi_frame is not None)
print(next(g))
print(g.gi_frame is not None)
try:
    next(g)
except StopIteration:
    print("stop")
print(g.gi_frame)

h = gen()
h.close()
print(h.gi_frame)
k = gen()
next(k)
k.close()
print(k.gi_frame, k.gi_suspended, k.gi_running)
