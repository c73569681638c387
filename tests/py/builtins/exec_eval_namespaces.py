# exec/eval with explicit namespaces, and builtins in the globals dict.
g = {}
exec('x = 1', g)
print('__builtins__' in g, g['x'])
g2 = {'__builtins__': {'len': lambda s: 'fake len'}}
print(eval('len("abc")', g2))
try:
    eval('print(1)', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
ns = {'data': [3, 1, 2]}
exec('data.sort()\nresult = sum(data)', ns)
print(ns['data'], ns['result'])
code = 'def f(n):\n    return n * factor\n'
env = {'factor': 10}
exec(code, env)
print(env['f'](4))
env['factor'] = 100
print(env['f'](4))
local_ns = {}
exec('a = 1\nb = a + 1', None, local_ns) if False else exec('a = 1\nb = a + 1', {}, local_ns)
print(local_ns)
print(eval('a * b', {}, local_ns), eval('[n for n in range(a + b)]', {}, local_ns))
