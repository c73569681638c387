# divmod, enumerate, eval.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2 ** 65, 3))
e = enumerate(['a', 'b'], start=-1)
print(next(e), list(e), list(enumerate('xy', start=10 ** 20)))
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('[a for a in range(y)]', {}, {'y': 3}), eval('  7  '))
g = {'v': 1}
print(eval('v', g), sorted(k for k in g), eval('__builtins__ is not None', {}))
x = 'module x'
def f():
    x = 'local x'
    return eval('x')
print(f(), eval('x'))
for src in ['1 +', 'import os', 'undefined_name', '1/0']:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
code = compile('3 * 4', '<expr>', 'eval')
print(eval(code), type(code).__name__)
