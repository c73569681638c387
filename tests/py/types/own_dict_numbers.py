# Names each numeric type defines in its own __dict__ (not inherited), as in CPython 3.12.
for T in [int, bool, float, complex]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
