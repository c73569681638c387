# Error messages of str methods called wrongly.
tests = [
    lambda: 'a'.split(1),
    lambda: 'a'.join('b', 'c'),
    lambda: 'a'.replace('a'),
    lambda: 'abc'.find(),
    lambda: 'a'.center(),
    lambda: 'a'.startswith(),
    lambda: 'abc'.count(1),
    lambda: 'x'.zfill('5'),
    lambda: 'x' * 1.5,
    lambda: 'x'.encode(5),
    lambda: str.upper(5),
    lambda: 'abc'.index('d', 0, 2),
    lambda: 'a'.ljust(5, ''),
    lambda: ''.join([None]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
