# str() constructor forms and string immutability.
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
print(repr(str(b'\xff', 'latin-1')), str(object=5))
s = 'abc'
t = s.upper()
print(s, t, s is s.lower() or s == s.lower())
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(5, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str('x', 'no-such-codec')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'x'.decode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(list('abc'), tuple('ab'), sorted('cab'), ''.join(reversed('abc')))
