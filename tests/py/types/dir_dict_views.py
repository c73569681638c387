# xfail: dir(dict_keys/values/items) lacks __len__, __contains__, __getstate__ and set-operator dunders #4
# Types of dict views and their dir() must match CPython 3.12.
d = {1: 2}
for v in [d.keys(), d.values(), d.items()]:
    T = type(v)
    names = sorted(dir(T))
    print(T.__name__, len(names), T.__module__, T.__qualname__)
    for n in names:
        print(' ', n)
