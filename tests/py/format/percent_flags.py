# %-format flags: '-', '+', ' ', '#', '0' and their combinations.
for fmt in ['%5d', '%-5d', '%05d', '%+5d', '% 5d', '%+05d', '% 05d', '%-05d', '%+-5d', '%- 5d', '%0-5d', '% +5d']:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42), repr(fmt % 0))
for fmt in ['%#x', '%#X', '%#o', '%#08x', '%#-8x', '%#8o', '%+#x', '% #o', '%#5d', '%#.3x', '%.5d', '%8.5d', '%-8.5x', '%08.5d']:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42))
for fmt in ['%08.2f', '%-8.2f|', '%+.1e', '% .0f', '%#.0f', '%#g', '%-#10.3g|', '%010.3e', '%+010.1f', '%.0e', '%#.0e', '%10.4s|', '%-6s|', '%06s']:
    print(repr(fmt), repr(fmt % 2.5), repr(fmt % -1234.5678))
print('%5s|%-5s|%05s|%.1s|%5.1s|' % ('ab', 'ab', 'ab', 'ab', 'ab'))
print('%(a)05d %(a)-5d| %(b)+.2f %(c)#x' % {'a': 7, 'b': 1.5, 'c': 255})
print('%x %X %o' % (-255, -255, -8), '%#x %#o' % (0, 0), '%.0d|%.0x|' % (0, 0), '%5.0d|' % 0)
print('%f %F %e %g' % (float('inf'), float('-inf'), float('nan'), float('inf')), '%05f|%-6F|%+f' % (float('inf'), float('nan'), float('inf')))
