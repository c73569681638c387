# UTF-16 / UTF-32 encodings: BOM, byte order, surrogate pairs.
import sys
for s in ['', 'A', 'é', '€', '🐍', 'a🐍b']:
    print(ascii(s), s.encode('utf-16-le').hex(' '), s.encode('utf-16-be').hex(' '),
          s.encode('utf-32-le').hex(' '), s.encode('utf-32-be').hex(' '))
print('x'.encode('utf-16')[:2] in (b'\xff\xfe', b'\xfe\xff'), len('x'.encode('utf-16')))
print('x'.encode('utf-32')[:4] in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'), len('x'.encode('utf-32')), len(''.encode('utf-16')))
print('A'.encode('UTF-16LE'), 'A'.encode('utf_16_be'), len('A'.encode('utf32')), 'A'.encode('U16'))
for enc in ['utf-16', 'utf-16-le', 'utf-32-be', 'utf-8']:
    try:
        'a\ud800b'.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print('a\ud800b'.encode('utf-16-le', 'surrogatepass').hex(), 'a\ud800'.encode('utf-32-be', 'replace').hex())
