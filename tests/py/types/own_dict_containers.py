# Names container types define in their own __dict__.
for T in [list, tuple, dict, set, frozenset, range, slice]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
