def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print(e)
        y = 0
    except (TypeError, ValueError):
        y = -1
    else:
        y += 1
    finally:
        print("done")
    return y

def g(path):
    with open(path) as fp, open(path + "2"):
        return fp.read()

def h(items):
    for x in items:
        if x is None:
            continue
        if x > 10:
            break
    else:
        return 0
    while True:
        try:
            return x
        finally:
            x = 2

def chain(a, b, c):
    return a < b < c and not (a == c) or a is not b
