# More bytes methods.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase())
print(b.split(b','), b.strip().split(), b.partition(b','), b.replace(b'l', b'', 2))
print(b'abc'.center(9, b'*'), b'7'.zfill(3), b'a\tb'.expandtabs(4), b'abc'.ljust(5, b'.'))
print(b'x' in b'xyz', b'xyz'.endswith((b'z', b'q')), b'ab'.join([b'1', b'2', b'3']), b'hello'.title())
print(list(b'\x00\x01\xff'), bytes(reversed(b'abc')), b'%d-%s' % (5, b'x'), b'abc'[1], b'abc'[1:2])
print(bytes.fromhex('deadbeef'), b'\xde\xad'.hex(':'), b'AbC'.isupper(), b'abc'.islower(), b' '.isspace())
print(b'a,b;c'.translate(None, b',;'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
