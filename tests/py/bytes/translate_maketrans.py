# bytes.translate with tables and deletions; bytes.maketrans and its errors.
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], type(t).__name__, bytearray.maketrans(b'a', b'b')[97])
print(b'aabbcc'.translate(t), b'aabbcc'.translate(t, b'b'), b'abc'.translate(None), b'abc'.translate(None, b'ac'))
print(b'hello'.translate(None, delete=b'l'), bytearray(b'abc').translate(t), bytearray(b'abc').translate(None, b'b'))
print(b'abc'.translate(bytearray(t)))
for bad in [lambda: b'a'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans('a', 'b'),
            lambda: b'a'.translate({97: 98}), lambda: b'a'.translate(None, 'a'), lambda: bytes.maketrans(b'a')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
