# rsplit with a separator scans from the right, so overlapping matches differ from split.
for s, sep in [('aaa', 'aa'), ('aaaa', 'aa'), ('aaaaa', 'aa'), ('abab', 'ab'), ('xaax', 'a'), ('a', 'a')]:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.rsplit(sep, 1), s.split(sep, 1))
print(b'aaa'.rsplit(b'aa'), bytearray(b'aaaaa').rsplit(b'aa'), 'a::b::c'.rsplit('::', 1), '  x y  '.rsplit(None, 0))
