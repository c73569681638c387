# surrogateescape round trips bytes; surrogatepass encodes surrogates in UTF encodings.
raw = b'ok\x80\xfe\xff'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), s.encode('utf-8', 'surrogateescape') == raw, s.encode('ascii', 'surrogateescape'), s.encode('latin-1', 'surrogateescape'))
try:
    s.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, ascii(e.object))
try:
    '\udc41'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('\ud800'.encode('utf-8', 'surrogatepass'), '\udfff'.encode('utf-8', 'surrogatepass'))
print(ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print(ascii('\ud83d\udc0d'.encode('utf-8', 'surrogatepass')), '\ud800'.encode('utf-8', 'backslashreplace'), '\ud800'.encode('utf-8', 'replace'))
try:
    '\ud800'.encode('latin-1', 'surrogatepass')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xed\xa0'.decode('utf-8', 'surrogatepass')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
