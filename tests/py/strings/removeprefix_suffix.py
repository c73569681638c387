# removeprefix / removesuffix only strip one occurrence, exactly.
s = 'abcabc'
print(s.removeprefix('abc'), s.removeprefix('x'), s.removeprefix(''), s.removeprefix(s), s.removeprefix(s + 'x'))
print(s.removesuffix('abc'), s.removesuffix('bc'), s.removesuffix(''), s.removesuffix('abcabc'))
print(b'prefix-data'.removeprefix(b'prefix-'), bytearray(b'data.txt').removesuffix(b'.txt'))
for bad in [lambda: 'a'.removeprefix(1), lambda: 'a'.removeprefix(('a',)),
            lambda: b'a'.removeprefix('a'), lambda: 'a'.removesuffix()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
