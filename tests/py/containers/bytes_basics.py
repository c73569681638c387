# bytes basics.
b = b'hello'
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), list(b[:2]), b'el' in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(3)), b'a' + b'b', b'ab' * 2)
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'l'), b.hex(), bytes.fromhex('41 42'))
print(b.decode(), b'\x00\xff'.hex(), b'a,b'.split(b','), b' x '.strip(), b'-'.join([b'a', b'b']))
print(repr(b'\n\t\\\'"'), repr(b"'"), bytes([0, 127, 128, 255]), b'abc' < b'abd', b'a' == 'a')
print(b.startswith(b'he'), b.count(b'l'), b.index(b'o'), b.isalpha(), b'12'.isdigit(), b.title())
for bad in [lambda: b[10], lambda: bytes([256]), lambda: b + 'x', lambda: bytes('x'), lambda: b'x'.join(['a']),
            lambda: b.__setitem__(0, 1), lambda: bytes(-1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
