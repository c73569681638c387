# Specific SyntaxError messages for misplaced starred expressions.
for src in ['print((*a))', '[*a for a in b]', '{*a for a in b}', '{**a for a in b}',
            '(*a for a in b)', 'x = (*a)', 'f(*)', 'del *a', 'a[*b:]']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
a = [1, 2]
print([*a], {*a} == {1, 2}, (*a,))
