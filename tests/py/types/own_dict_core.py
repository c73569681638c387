# xfail: type.__dict__ lacks __basicsize__ etc and own __getattribute__/__setattr__; BaseException lacks own __dict__ __setstate__ __reduce__; Exception lacks __init__/__new__ #4
# Names object, type, property, super and exceptions define in their own __dict__.
for T in [object, type, property, super, BaseException, Exception]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
