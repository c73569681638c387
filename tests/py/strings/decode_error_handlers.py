# Decode error handlers for ascii, latin-1 and utf-8.
data = b'a\xe9\x80\xff\xc3\xa9z'
for enc in ['ascii', 'utf-8']:
    for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        print(enc, h, ascii(data.decode(enc, h)))
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, 'strict', type(e).__name__, e)
print(ascii(data.decode('latin-1')), ascii(data.decode('iso-8859-1', 'strict')))
for b in [b'\xc3', b'\xe2\x82', b'\xf0\x9f\x90', b'\xed\xa0\x80', b'\xc0\x80', b'\xf8\x88\x80\x80\x80', b'\xf4\x90\x80\x80', b'ab\x80\x80cd']:
    try:
        b.decode('utf-8')
    except UnicodeDecodeError as e:
        print(b, e)
    print(' ', ascii(b.decode('utf-8', 'replace')), ascii(b.decode('utf-8', 'surrogatepass' if b.startswith(b'\xed') else 'ignore')))
