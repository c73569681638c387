# xfail: int/float/complex/bool __dict__ lack own __doc__ __format__ __getattribute__ __hash__ (inherited from object); complex lacks __neg__ __pos__ __bool__ __complex__ __repr__ #4
# Names each numeric type defines in its own __dict__ (not inherited), as in CPython 3.12.
for T in [int, bool, float, complex]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
