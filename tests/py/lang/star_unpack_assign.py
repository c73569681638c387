# Starred assignment targets and their error messages.
a, *b, c = range(6)
print(a, b, c)
*a, b = 'xy'
print(a, b)
a, *b = [1]
print(a, b)
[a, [b, *c], *d] = [1, [2, 3, 4], 5, 6]
print(a, b, c, d)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
(x, y), *z = 'ab', 'cd', 'ef'
print(x, y, z)
*t, = iter({1: 'a', 2: 'b'})
print(t)
for src in ['a, *b, c = (1,)', 'a, b = 1, 2, 3', 'a, b, c = [1, 2]', 'a, b = 5', 'a, *b = None', '(a, b), c = [1, 2], 3', 'a, b = "xyz"', 'a, b = {}']:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for src in ['*a = [1]', 'a, *b, *c = range(5)', '*a, *b = 1, 2', 'del *a, b', 'print(*)']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled', src)
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
