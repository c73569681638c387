# repr of bytes and bytearray: quote choice and escapes.
for b in [b'', b'abc', b"'", b'"', b'\'"', b'\\', b'\t\n\r', b'\x00\x1f\x7f\x80\xff', b"it's", b'say "x"', b' ~']:
    print(repr(b), repr(bytearray(b)), str(b) == repr(b), ascii(b))
print(repr(bytes(range(28, 36))), repr(bytearray(range(124, 130))))
class BA(bytearray):
    pass
class BB(bytes):
    pass
print(repr(BA(b'x')), repr(BB(b'y')), str(BA()))
