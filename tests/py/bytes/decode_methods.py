# bytes.decode / bytearray.decode arguments and defaults.
print(b'caf\xc3\xa9'.decode(), bytearray(b'caf\xc3\xa9').decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'x'.decode(encoding='ascii'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'), b'a\xffb'.decode('ascii', errors='backslashreplace'))
print(str(b'abc', 'ascii'), str(bytearray(b'xy'), encoding='utf-8'), str(b'abc'))
print(b'\xe2\x82\xac'.decode('UTF-8'), b'\xe2\x82\xac'.decode('utf8'), b'A'.decode('US-ASCII'), b'\xff'.decode('L1'))
for bad in [lambda: b'\xff'.decode(), lambda: b'x'.decode('nope'), lambda: b'x'.decode(1), lambda: b'x'.decode('ascii', 1),
            lambda: str(b'x', 1), lambda: str('x', 'ascii'), lambda: b'x'.decode('ascii', 'strict', 3)]:
    try:
        print(bad())
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
