# Format specs may nest replacement fields only two levels deep.
x, w, p = 3.14159, 10, 2
print(f"{x:{w}.{p}f}|")
print(f"{x:{f'{w}'}.{p}f}|")
srcs = ['f"{x:{w:{p}}}"', 'f"{x:{w:{p:{q}}}}"', 'f"{x:{w}{p:{q}}}"']
for src in srcs:
    try:
        compile(src, '<fs>', 'eval')
        print('compiled', src)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg)
