# compile() rejects source containing null bytes, for str and bytes alike.
for src, mode in [('1\x00', 'exec'), (b'1\x00', 'eval'), ('x = 1\n\x00\n', 'exec'), ('"\x00"', 'eval')]:
    try:
        compile(src, '<src>', mode)
        print(repr(src), mode, 'compiled')
    except (SyntaxError, ValueError) as e:
        print(repr(src), mode, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
print(eval('"\\x00"') == '\x00', len(eval('"a\\x00b"')))
for thunk in [lambda: exec('a = 1\x00'), lambda: eval(b'2\x00')]:
    try:
        thunk()
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
