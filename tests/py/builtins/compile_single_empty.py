# 'single' mode needs exactly one statement: empty or comment-only input is an error.
for src in ['', '\n', '# c', '  ', 'pass', '1', '\n\n1\n\n', 'if 1:\n  pass\n']:
    try:
        compile(src, '<src>', 'single')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
exec(compile('1; 2', '<src>', 'single'))
exec(compile('x = 3  # trailing comment', '<src>', 'single'))
print(x)
