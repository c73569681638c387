# Names and dir() of builtin iterator types.
d = {1: 2}
objs = [iter([]), iter(()), iter(''), iter(b''), iter(range(0)), iter(set()), iter(d), iter(d.values()), iter(d.items()),
        reversed([]), reversed(d), reversed(range(0)), iter(bytearray())]
for o in objs:
    T = type(o)
    print(T.__name__, sorted(n for n in dir(T) if n.startswith('__') is False or n in ('__next__', '__iter__', '__length_hint__', '__reduce__', '__setstate__')))
