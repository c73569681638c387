# Unbound str methods and wrong receiver/argument types.
F, X = 1.0, 'x'
bads = [lambda: str.upper(b'x'), lambda: str.lower(None), lambda: str.split(1), lambda: str.join('a', 'b', 'c'),
        lambda: 'a'.count(), lambda: 'a'.encode('utf-8', 5),
        lambda: 'a'.format_map(5), lambda: 'a' + 1,
        lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' < 1, lambda: 'a'[F], lambda: 'a'[X],
        lambda: 'abc'[5], lambda: 'a'.__contains__(1), lambda: 1 in 'a',
        lambda: 'a'.splitlines('x')]
for bad in bads:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
