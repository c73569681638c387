# Types of dict views and their dir() must match CPython 3.12.
d = {1: 2}
for v in [d.keys(), d.values(), d.items()]:
    T = type(v)
    names = sorted(dir(T))
    print(T.__name__, len(names), T.__module__, T.__qualname__)
    for n in names:
        print(' ', n)
