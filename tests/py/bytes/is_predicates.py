# bytes is* predicates are ASCII-only.
samples = [b'', b'abc', b'ABC', b'Abc', b'Hello World', b'123', b'12a', b' \t\n\r\x0b\x0c', b'\x1c', b'\xa0',
           b'\xe9', b'a_b', b'hello world', b'HELLO WORLD', b'a1 B2', b'\x7f', b'\x00', b'Ab Cd']
names = ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isupper', 'isspace', 'istitle']
for s in samples:
    print(repr(s).ljust(24), ''.join('1' if getattr(s, n)() else '.' for n in names), bytearray(s).isalpha() == s.isalpha())
print(hasattr(b'', 'isdecimal'), hasattr(b'', 'isnumeric'), hasattr(b'', 'isidentifier'), hasattr(b'', 'isprintable'))
