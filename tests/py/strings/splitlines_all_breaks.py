# splitlines recognises every Unicode line boundary; split('\n') does not.
breaks = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in breaks:
    s = 'a' + b + 'b' + b
    print(ascii(b), s.splitlines(), s.splitlines(True), len(s.split('\n')))
s = 'x\r\n\ry\n\nz'
print(s.splitlines(), s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'abc'.splitlines())
print('a\u2029b'.split(), 'a\x1cb'.split(), 'a\u0085b'.split())
print(b'a\x0bb\x1cc\r\nd'.splitlines())
