# partition / rpartition edge cases and errors.
for s, sep in [('a=b=c', '='), ('abc', '='), ('=', '='), ('', '='), ('aXXbXXc', 'XX'), ('xxx', 'xx')]:
    print(s.partition(sep), s.rpartition(sep))
print(b'k:v:w'.partition(b':'), b'k:v:w'.rpartition(b':'), bytearray(b'kv').partition(b':'))
for bad in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(1),
            lambda: b'a'.partition(b''), lambda: b'a'.partition('a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
