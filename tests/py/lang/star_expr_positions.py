# Starred expressions in return, yield, for, subscripts and comprehensions.
a, b = [1, 2], (3,)
def ret():
    return *a, *b, 4
def gen():
    yield *a, 0
print(ret(), list(gen()))
for x in *a, *b:
    print('for', x, end=' ')
print()
print([*range(3), *'xy'][::-1], [(*p, 0) for p in [(1,), (2, 3)]])
t = *a, 5
print(t, type(t).__name__)
d = {}
d[*a] = 'tuple key'
print(d)
def varstar(*args): return args
print(varstar(*a, *[], *'z', *{9: 0}))
print(*[], sep='|')
print(*a, *b, sep='|')
print(sorted({*a, *b, *[2]}))
for src in ['*a', 'x = *a', 'return *a', 'f(**a, *b)', 'f(x=1, *b)']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
