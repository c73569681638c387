# strip/lstrip/rstrip with char sets, None, Unicode whitespace and errors.
s = 'xxyhelloyxx'
print(s.strip('xy'), s.lstrip('x'), s.rstrip('yx'), s.strip(''), s.strip(None), s.strip('yxhelo'))
print(ascii('\u3000\xa0 a \x85\u2028'.strip()), ascii('\u200ba\u200b'.strip()), ascii('\x1fa\x1c'.strip()))
print(repr('  a b  '.lstrip()), repr('  a b  '.rstrip()), repr('éaé'.strip('é')), repr('🐍x🐍'.strip('🐍')))
print(b'\x00ab\x00'.strip(b'\x00'), b' \t\n\x0b\x0c\r a \x1c'.strip(), bytearray(b'--a--').lstrip(b'-'))
for bad in [lambda: 'a'.strip(1), lambda: b'a'.strip('a')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
