# send and throw are forwarded through yield from to the innermost generator.
def inner():
    try:
        while True:
            got = yield
            print('inner got', got)
    except KeyError as e:
        print('inner handled', repr(e))
        return 'inner returned'
def middle():
    r = yield from inner()
    print('middle got return', repr(r))
    yield 'middle after'
m = middle()
next(m)
m.send(1)
m.send(2)
print(m.throw(KeyError('k')))
def closing():
    try:
        yield from inner()
    finally:
        print('middle finally')
c = closing()
next(c)
c.close()
print('closed')
