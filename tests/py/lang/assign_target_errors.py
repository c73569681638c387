# SyntaxError messages for invalid assignment and augmented-assignment targets.
sources = ['True = 1', 'None = 1', '... = 1', '__debug__ = 1', 'f() = 1', 'a + b = 1',
           '1 = x', '"s" = 1', '[a, 1] = x', '(a, f()) = x', 'x if y else z = 1',
           'a, b += 1', '[a] += 1', 'f() += 1', 'lambda: 1 = 1', '{a: b} = c', '{a} = c',
           'a.b.c, d[0] = 1, 2', 'not a = 1', 'yield = 1', 'def f(): (yield) = 1',
           'for 1 in x: pass', 'with a as 1: pass', 'import a as b.c', 'a == 1 = 2',
           'x: int, y: int = 1, 2', '(x): int = 1', 'f(a=1 for b in c)' ]
for src in sources:
    try:
        compile(src, '<t>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
