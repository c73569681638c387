def a():
    b()

def b():
    c()

def c():
    d = {"x": 1}
    return d["y"]

a()
