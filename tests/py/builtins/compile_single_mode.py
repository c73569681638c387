# compile(): 'single' mode echoes expression values; mode and source validation.
exec(compile('1 + 1', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile("'text'", '<s>', 'single'))
exec(compile('x = 5', '<s>', 'single'))
exec(compile('x', '<s>', 'single'))
exec(compile('if True:\n    7\n    8\n', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
for src, mode in [('1\n2', 'single'), ('x = 1', 'eval'), ('1', 'bad'), ('a = (', 'exec'),
                  ('return 1', 'exec'), ('yield 1', 'exec'), ('break', 'exec'),
                  ('await x', 'exec')]:
    try:
        c = compile(src, '<src>', mode)
        print(repr(src), mode, 'compiled', type(c).__name__)
    except (SyntaxError, ValueError) as e:
        print(repr(src), mode, type(e).__name__, getattr(e, 'msg', e))
c = compile('a + b', 'myfile.py', 'eval')
print(c.co_filename, c.co_name, c.co_names)
try:
    compile(5, 'f', 'exec')
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(compile('1 / 0', 'virtual.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
