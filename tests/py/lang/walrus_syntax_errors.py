# Forbidden uses of assignment expressions.
sources = [
    'x := 1',
    '[i := 0 for i in range(3)]',
    'class C:\n    [z := 1 for _ in range(2)]',
    'def f(a=(b := 1)): pass',
    'f(x := 1, y=2)',
    'print(k := 3)',
    '[(i := 1) for i in range(2)]',
]
for src in sources:
    try:
        compile(src, '<w>', 'exec')
        print('ok     ', repr(src))
    except SyntaxError as e:
        print('error  ', repr(src), '->', e.msg)
