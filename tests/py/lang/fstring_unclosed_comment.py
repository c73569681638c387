# A comment inside a replacement field swallows the closing brace.
for src in ['f"{1 # no close}"', 'f"{#}"', 'f"{x # c\n}"', "f'''{1 # c\n}'''"]:
    try:
        code = compile(src, '<s>', 'eval')
        print('compiled', repr(src), eval(code, {'x': 5}))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)
value = 4
print(f"{value  # the value
:>3}|", f'''{value # c
!r}''')
