# An assignment expression may not appear in a comprehension's iterable.
for src in ['[x for x in (y := [1])]', '[j for i in range(2) for j in (k := [i])]',
            '{x for x in (y := [1])}', '{x: 1 for x in (y := [1])}', '(x for x in (y := [1]))',
            '[x for x in range(3) if (y := x)]']:
    try:
        compile(src, '<w>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
