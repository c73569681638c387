# yield as an expression in various positions.
def g():
    x = yield 1
    y = (yield x) + 1
    z = [(yield y), (yield 'second in list')]
    print('z =', z)
    yield (yield) or 'default'
gen = g()
print(next(gen))
print(gen.send('x'))
print(gen.send(10))
print(gen.send('a'))
print(gen.send('b'))
print(gen.send(None))
def lam():
    f = lambda: (yield 'from lambda')
    return list(f())
print(lam())
