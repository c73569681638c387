# More str methods: index variants, partition of empty, encode errors, center of unicode.
s = 'Mississippi'
print(s.count('ss'), s.count('issi'), s.find('ssi', 3), s.rfind('ssi'), s.index('pp'))
print(s.lower().count('s'), s.upper(), s.replace('ss', 'SS', 1))
print(s.split('s'), s.split('ss'), s.rsplit('i', 2), s.strip('Mip'))
print('a b c'.split(maxsplit=1), 'a\u3000b'.split(), '  '.split(' '))
print('x'.center(4, '日'), '日本'.ljust(4, '*'), len('日本'.ljust(4)))
print('abc'.encode('ascii', 'replace'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'),
      'é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
print('12'.isdigit(), '-12'.isdigit(), '١٢'.isdecimal(), int('١٢'), '²'.isdigit(), '²'.isdecimal())
print('tEST sTRING'.capitalize(), '  lead'.capitalize(), 'x'.join(['1']), 'abc'[::-1].upper())
