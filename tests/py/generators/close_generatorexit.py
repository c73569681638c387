# close() raises GeneratorExit inside the generator.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
    finally:
        print('finally')
gen = g()
next(gen)
print(gen.close())
print(gen.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def never_started():
    print('never printed')
    yield
n = never_started()
n.close()
print('closed unstarted')
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_exit()
next(r)
print(r.close())
