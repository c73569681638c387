# Names str, bytes and bytearray define in their own __dict__.
for T in [str, bytes, bytearray]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
