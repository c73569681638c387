# bytes.hex with separators and bytes_per_sep; fromhex whitespace rules and errors.
b = bytes(range(0xf8, 0x100)) + b'\x00\x01'
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('-', -2), b.hex(b' ', 3), b.hex('_', -3), b.hex(':', 100))
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':', 2), bytearray(b'\xab\xcd').hex('|'))
print(bytes.fromhex('ff 00 1A'), bytes.fromhex(''), bytes.fromhex('  41\t42\n43 '), bytearray.fromhex('de ad'))
print(type(bytearray.fromhex('00')).__name__, bytes.fromhex('AbCd'))
class B(bytes):
    pass
print(type(B.fromhex('41')).__name__, B.fromhex('41'))
for bad in [lambda: bytes.fromhex('0'), lambda: bytes.fromhex('0g'), lambda: bytes.fromhex('1 23'),
            lambda: bytes.fromhex(b'41'), lambda: bytes.fromhex('é1'), lambda: b'a'.hex('::'),
            lambda: b'a'.hex('é'), lambda: bytes.fromhex('4\x0b1')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
