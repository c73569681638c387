# startswith/endswith with tuples, ranges and errors.
s = 'hello world'
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'x')), s.endswith('o', 0, 5))
print(s.startswith('world', 6), s.startswith('world', -5), s.startswith('', 11), s.startswith('', 12))
print(s.endswith('', 3, 2), s.startswith('', 3, 2), s.endswith('hell', None, 4), s.startswith(('w', 'h'), 6, None))
bads = [lambda: s.startswith(['he']), lambda: s.endswith(1), lambda: s.startswith(('a', 1)),
        lambda: s.startswith(), lambda: s.endswith('x', 'y'), lambda: b'ab'.startswith('a'),
        lambda: b'ab'.endswith([b'b'])]
for bad in bads:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
