# del on names, tuples, lists, attributes, subscripts and slices.
a, b, c = 1, 2, 3
del a, (b), [c]
print([n for n in ('a', 'b', 'c') if n in globals()])
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'x': 1, 'y': 2, (1, 2): 3}
del d['x'], d[1, 2]
print(d)
class O: pass
o = O()
o.p = o.q = 1
del o.p
print(vars(o))
nested = {'k': [1, 2, {'z': 0}]}
del nested['k'][2]['z'], nested['k'][0]
print(nested)
for thunk_src in ['del undefined_name', 'del lst[100]', "del d['missing']", 'del o.missing',
                  'del (1).real', "del 'abc'[0]", 'del lst["i"]', 'del O.nothing']:
    try:
        exec(thunk_src)
    except Exception as e:
        print(type(e).__name__, e)
def local_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(local_del())
def del_twice():
    y = 1
    del y
    del y
try:
    del_twice()
except UnboundLocalError as e:
    print(type(e).__name__, e)
for src in ['del f()', 'del 1', 'del a + b', 'del (a, 1)', 'del *x']:
    try:
        compile(src, '<d>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
