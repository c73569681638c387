def f():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2)
    print(sorted(l1))
    print(l1["b"])
    return l1

r = f()
print(sorted(r))

def g():
    x = 1
    loc = locals()
    loc["x"] = 100
    print(x)
    del x
    print(sorted(locals()))

g()
