def f(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {k: v for k, v in xs.items()}
    d = (x for x in xs)
    e = [y for x in xs for y in x]
    return sum(x for x in xs)

def nested(xs):
    return [[a + b for a in xs] for b in xs]

def closure_in_comp(xs):
    return [lambda: x for x in xs]

def walrus(xs):
    if (n := len(xs)) > 3:
        return n
    return [y for x in xs if (y := x)]

r = [i for i in range(10)]
