# Invalid assignment-expression targets name the offending construct.
for src in ['(a.b := 1)', '(a[0] := 1)', '((a, b) := (1, 2))', '([a] := [1])',
            '(f() := 1)', '(1 := 1)', '("s" := 1)', '(None := 1)', 'lambda: x := 1',
            '(x + 1 := 2)']:
    try:
        compile(src, '<w>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
