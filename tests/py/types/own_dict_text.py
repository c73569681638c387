# xfail: str/bytes/bytearray __dict__ lack own __doc__, rich comparisons, __getattribute__, __hash__, __repr__; have extra __radd__ #4
# Names str, bytes and bytearray define in their own __dict__.
for T in [str, bytes, bytearray]:
    own = sorted(T.__dict__)
    print(T.__name__, len(own))
    for n in own:
        print(' ', n)
