# Closures: late binding, cells shared between sibling closures, closures over loop cells.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
def outer():
    x = 'first'
    def show():
        return x
    x = 'second'
    return show
print(outer()())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulate()
add('a'); add('b')
print(items)
def cells_in_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 'changed'
    return [f() for f in fns]
print(cells_in_loop())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
