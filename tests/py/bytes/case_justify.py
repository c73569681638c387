# bytes case mapping is ASCII-only; justify/zfill/expandtabs.
b = b'hELLo w\xc9rld \xe9 ss'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're 3rd".title(), b'\xe9a'.capitalize(), bytearray(b'ab cd').title(), b''.upper())
print(b'ab'.center(7, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'abc'.center(2), bytearray(b'a').center(4, b'-'))
print(b'-5'.zfill(4), b'+'.zfill(3), b'abc'.zfill(1), b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(2), b'\t'.expandtabs(0))
print(b'a\r\tb\n\tc'.expandtabs(4), bytearray(b'x\ty').expandtabs(3))
for bad in [lambda: b'a'.center(5, '*'), lambda: b'a'.ljust(5, b'**'), lambda: b'a'.rjust('5'),
            lambda: b'a'.expandtabs('2'), lambda: b'a'.zfill(None)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
