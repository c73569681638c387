# Constructing UnicodeEncodeError/DecodeError/TranslateError directly: str() and attribute updates.
e = UnicodeEncodeError('myenc', 'xyz', 1, 2, 'because')
print(e, '|', UnicodeEncodeError('myenc', 'xyz', 1, 3, 'many'))
print(e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('myenc', b'\x01\x02\x03', 0, 1, 'why')
print(e, '|', UnicodeDecodeError('myenc', b'\x01\x02\x03', 0, 3, 'why'))
e.start = 2
e.reason = 'changed'
print(e, e.start, e.args)
print(ascii(str(UnicodeEncodeError('ascii', '\U0001f40d', 0, 1, 'r'))), str(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'r')))
t = UnicodeTranslateError('\u1234', 0, 1, 'bad')
print(ascii(str(t)), t.encoding, t.start, t.reason)
for bad in [lambda: UnicodeEncodeError('a'), lambda: UnicodeDecodeError('a', 'str', 0, 1, 'r'), lambda: UnicodeEncodeError('a', b'x', 0, 1, 'r')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
