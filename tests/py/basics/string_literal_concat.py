# Adjacent literal concatenation across kinds, and literals with escapes.
s = ('a'
     "b"
     '''c'''
     r'\d')
print(s, len(s))
f = 'x' f'{1 + 1}' 'y'
print(f)
b = (b'a'
     rb'\n')
print(b)
print('\a\b\f\v' == '\x07\x08\x0c\x0b', '\0' == '\x00', '\101' == 'A', len('\N{SNOWMAN}'))
print('a\
b')
