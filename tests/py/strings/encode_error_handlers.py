# Every standard encode error handler with ascii and latin-1.
s = 'aé€\U0001f40d\x80z'
for enc in ['ascii', 'latin-1']:
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        print(enc, h, s.encode(enc, h))
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'strict', type(e).__name__, e)
    try:
        s.encode(enc, 'surrogateescape')
    except UnicodeEncodeError as e:
        print(enc, 'surrogateescape', e)
    try:
        s.encode(enc, errors='surrogatepass')
    except UnicodeEncodeError as e:
        print(enc, 'surrogatepass', e)
try:
    'é'.encode('ascii', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
