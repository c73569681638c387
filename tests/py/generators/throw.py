# throw() into generators: handled, propagated, and into finished generators.
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', repr(e))
            yield 'recovered'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
try:
    gen.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(gen)
except StopIteration:
    print('generator is finished')
try:
    gen.throw(TypeError('late'))
except TypeError as e:
    print('thrown into finished', repr(e))
def fresh():
    print('body started')
    yield 1
f = fresh()
try:
    f.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted', repr(e))
def delegate():
    try:
        yield from g()
    except KeyError:
        yield 'outer handled KeyError'
d = delegate()
next(d)
print(d.throw(ValueError('via delegate')))
print(d.throw(KeyError('k')))
