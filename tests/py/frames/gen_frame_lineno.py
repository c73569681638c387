def gen():
    yield 1
    x = 2
    yield x
    yield 3

g = gen()
fl = g.gi_frame.f_lineno
print(fl)
first = g.gi_code.co_firstlineno
for v in g:
    print(v, g.gi_frame.f_lineno - first)
print(g.gi_frame)
