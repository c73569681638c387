def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except KeyError as e:
        print("caught", e)
        yield 3

g = gen()
first = g.gi_code.co_firstlineno
next(g)
print(g.gi_frame.f_lineno - first)
print(g.send("hi"))
print(g.gi_frame.f_lineno - first)
print(g.throw(KeyError("k")))
print(g.gi_frame.f_lineno - first)
