# Encode-only error handlers cannot be used for decoding.
for enc in ['ascii', 'utf-8', 'utf-16-le']:
    for h in ['xmlcharrefreplace', 'namereplace']:
        try:
            b'a\xff\xfe\xffz'.decode(enc, h)
        except TypeError as e:
            print(enc, h, type(e).__name__, e)
try:
    b'\xff'.decode('ascii', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
print(ascii(b'ok'.decode('ascii', 'xmlcharrefreplace')))
