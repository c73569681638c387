# replace with count, empty old string, and errors.
s = 'one two one two one'
for n in [-1, 0, 1, 2, 5]:
    print(n, s.replace('one', '1', n))
print(repr('abc'.replace('', '-')), repr('abc'.replace('', '-', 2)), repr(''.replace('', 'x')))
print(repr('aaa'.replace('a', '')), repr('aaaa'.replace('aa', 'b')), repr('abc'.replace('abc', '')))
print(b'aXbXc'.replace(b'X', b'--', 1), bytearray(b'xx').replace(b'', b'.'))
for bad in [lambda: 'a'.replace('a', 'b', '1'),
            lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', 1, 2), lambda: b'a'.replace('a', 'b')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
