# Decoding UTF-16 / UTF-32 with and without BOMs, and truncated input.
print(ascii(b'\xff\xfeA\x00'.decode('utf-16')), ascii(b'\xfe\xff\x00A'.decode('utf-16')))
print(ascii(b'A\x00'.decode('utf-16-le')), ascii(b'\x00A'.decode('utf-16-be')), ascii(b'\xff\xfeA\x00'.decode('utf-16-le')))
print(ascii(b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32')), ascii(b'\x00\x00\x00A'.decode('utf-32-be')))
print(ascii(b'=\xd8\x0d\xdc'.decode('utf-16-le')), ascii(b'\xd8=\xdc\x0d'.decode('utf-16-be')))
bad = [(b'A', 'utf-16-le'), (b'A\x00B', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc\x41\x00', 'utf-16-le'),
       (b'\x00\xd8A\x00', 'utf-16-le'), (b'ABC', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'),
       (b'\x00\xd8\x00\x00', 'utf-32-le')]
for data, enc in bad:
    try:
        print(ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
    print(' ', ascii(data.decode(enc, 'replace')), ascii(data.decode(enc, 'ignore')), ascii(data.decode(enc, 'backslashreplace')))
