# bytes split/rsplit/splitlines/strip family.
b = b'  a  b\tc\nd\x0be\x0cf\rg\x1ch  '
print(b.split(), b.rsplit(None, 2), b.split(maxsplit=1), b.split(b' '), b.split(b' ', 2))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b',a,'.split(b','), b''.split(b','), b''.split())
print(b'\x85a\xa0b'.split(), bytearray(b'x y').split(), bytearray(b'x y').rsplit(b' '))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b'a\x85b\x0cc'.splitlines())
print(b'xxaxx'.strip(b'x'), b'\x00a\x00'.strip(b'\x00'), b' \t\n a\x0b\x0c\r'.strip(), b'ab'.strip(b''), b'abc'.strip(bytearray(b'ac')))
print(b'abc'.lstrip(b'a'), b'abc'.rstrip(b'c'), b'abc'.strip(bytearray(b'cb')), bytearray(b' x ').strip())
for bad in [lambda: b'a'.split(b''), lambda: b'a'.split(','), lambda: b'a'.strip('a'), lambda: b'a'.rsplit(b''),
            lambda: b'a'.split(sep=1), lambda: b'a'.lstrip(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
