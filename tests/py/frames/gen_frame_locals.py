def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = gen(4)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
print(g.gi_frame.f_code.co_name)
