# Converting between str and bytes with various encodings and error handlers.
s = 'Grüße 日本'
for enc in ['utf-8', 'utf-16', 'utf-32-le', 'latin-1']:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:6], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.reason, e.start, e.end)
print(s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'))
raw = b'ok \xff\xfe bad'
print(raw.decode('utf-8', 'replace'), raw.decode('utf-8', 'ignore'), raw.decode('latin-1'), raw.decode('utf-8', 'backslashreplace'))
print(raw.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == raw)
print(bytes('abc', 'ascii'), str(b'abc'), str(b'abc', 'ascii'), b'abc'.decode('ascii'))
print('€'.encode('cp1252'), b'\x80'.decode('cp1252'))
