# center/ljust/rjust: odd padding split, fillchar rules, errors.
for w in range(0, 8):
    print(repr('ab'.center(w, '*')), repr('abc'.center(w, '-')), repr('a'.ljust(w, '.')), repr('a'.rjust(w, 'é')))
print(repr('x'.center(4)), repr('xy'.center(5)), repr(''.center(3, '🐍')))
bads = [lambda: 'a'.center(5, 'ab'), lambda: 'a'.ljust(5, ''),
        lambda: 'a'.center('5'), lambda: 'a'.ljust(), lambda: 'a'.rjust(2.5),
        lambda: b'a'.center(5, b'ab'), lambda: b'a'.center(5, '*')]
for bad in bads:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
