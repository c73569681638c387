# exec and compile.
ns = {}
exec('a = 1\nb = a + 1\ndef f(): return a + b', ns)
print(ns['a'], ns['b'], ns['f'](), sorted(k for k in ns if k != '__builtins__'))
exec('print("printed from exec")')
g, l = {'x': 10}, {}
exec('y = x * 2', g, l)
print(l, 'y' in g)
print(exec('1 + 1'))
code = compile('for i in range(3): total = total + i', '<loop>', 'exec')
env = {'total': 0}
exec(code, env)
print(env['total'])
c = compile('42', '<single>', 'single')
exec(c)
try:
    compile('x = (', '<bad>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('1', '<m>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
def scope():
    exec('z = 5')
    return 'z' in locals()
print(scope())
