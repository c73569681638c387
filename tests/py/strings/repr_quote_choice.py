# repr picks quotes based on content.
tests = ["plain", "it's", 'say "hi"', 'both \' and "', "'", '"', "'\"", '', "\\", "back\\slash'",
         "tab\there", "nl\n", "cr\r", "\x00\x07\x08", "\x1b[0m", "\x7f", "é", "\xa0", "\xad"]
for t in tests:
    r = repr(t)
    print(r, len(r), eval(r) == t)
print(repr(b"it's"), repr(b'say "hi"'), repr(b'\'"'))
