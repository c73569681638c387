f = lambda v: v["missing"]

def g():
    return [f(d) for d in [{}]]

g()
