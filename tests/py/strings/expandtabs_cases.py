# str.expandtabs column tracking.
tests = ['a\tb', '\t', 'ab\tcd\tef', '12345678\tx', 'a\nb\tc', 'a\r\tb', '\t\t', 'é\tx', '', 'no tabs']
for t in tests:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)))
print(repr('a\tb'.expandtabs(tabsize=3)))
for bad in [lambda: 'a'.expandtabs('4'), lambda: 'a'.expandtabs(4.0)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
