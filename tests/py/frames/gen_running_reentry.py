def gen():
    try:
        next(g)
    except ValueError as e:
        print(type(e).__name__, e)
    yield 1

g = gen()
print(next(g))
