# exec/eval: __builtins__ injection, restricted builtins, mapping locals, code objects.
g = {}
exec('x = 1', g)
print(sorted(g), type(g['__builtins__']).__name__ in ('dict', 'module'))
restricted = {'__builtins__': {'len': len}}
print(eval('len([1, 2])', restricted))
try:
    eval('abs(-1)', restricted)
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('print(1)', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, key):
        if key == 'magic': return 42
        raise KeyError(key)
print(eval('magic + 1', {}, Mapping()))
try:
    eval('missing', {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)
code = compile('a * 2', '<c>', 'eval')
print(eval(code, {'a': 21}), exec(code, {'a': 1}))
loc = {}
exec('def f(): return y\ny = 5', {}, loc)
try:
    loc['f']()
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec('y = 5\ndef f(): return y', ns)
print(ns['f']())
print(eval('[i for i in range(n)]', {'n': 3}), eval(' 1 + 1 \n'), eval('\t2'))
for thunk in [lambda: eval('x = 1'), lambda: eval(5), lambda: exec(5), lambda: exec('1', None, [])]:
    try:
        print(thunk())
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
print(eval(b'1 + 2'), eval(bytearray(b'3')), exec(b'z = 1', {}))
