# Unicode strings, ord/chr, len of non-ASCII text, encoding round trips.
s = 'naïve café 日本 😀'
print(len(s), s.upper(), s[-1], s[6:10], list(map(ord, 'aé日😀')))
print(chr(65), chr(0xe9), chr(0x65e5), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)))
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print('é'.encode('latin-1'), b'\xe9'.decode('latin-1'), 'abc'.encode('ascii'))
print('日本'.encode('utf-16-le'), 'x'.encode())
print(sorted('cbaé日A'), 'é' > 'z', max('hello'), min('hello'))
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == 'é', '\u00e9' == 'é')
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
print('straße'.upper(), 'ﬁ'.upper(), len('ﬁ'.upper()))
