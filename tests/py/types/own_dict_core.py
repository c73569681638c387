# Names object, type, property, super and exceptions define in their own __dict__.
for T in [object, type, property, super, BaseException, Exception]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
