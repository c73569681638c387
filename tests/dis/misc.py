import sys
def outer(a, /, b=2, *, c=3, **kw):
    class Inner:
        y = a
        def m(self, z=b):
            nonlocal a
            a += 1
            return super().m(z) + a
    counter = 0
    def bump():
        nonlocal counter
        counter += 1
        del_me = counter
        del del_me
    return Inner, bump

def finally_flow(items):
    for x in items:
        try:
            if x:
                continue
            return x
        finally:
            print("cleanup")
    while items:
        with open(items.pop()) as f:
            if f:
                break
    return None

def unpacking(seq):
    a = b = c, *d = seq
    (e, f), g = seq
    x: int = 5
    y: list
    seq[0]: int = 3
    return a, b, c, d, e, f, g

def calls(f, *a, **k):
    f(1, *a, x=2, **k)
    f(*a, *a)
    f(**k, y=1)
    f(a=1, b=2)
    return [*a, *k], {**k, 'z': 1}, {*a}

lam = lambda *a, k=1, **kw: (a, k, kw)
if __name__ == "__main__":
    sys.exit(0 if len(sys.argv) > 1 else 1)
