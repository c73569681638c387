# split() with no separator uses Unicode whitespace; explicit sep does not.
ws = ['\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0',
      '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u200b', '\u180e']
for w in ws:
    s = 'a' + w + 'b'
    print(ascii(w), w.isspace(), len(s.split()), len(s.rsplit()), ascii(s.strip('ab')), ascii((w + 'x' + w).strip()))
print('  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1), '  a  b  '.split(maxsplit=0))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 2), ',a,'.split(','))
print('abcabc'.split('bc'), 'aaa'.split('aa'), ''.split(','), ''.split())
for bad in [lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.split(sep=3), lambda: 'a'.split(',', '1')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
