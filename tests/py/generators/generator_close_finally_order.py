# Order of finally blocks when nested generators are closed or garbage collected explicitly via close().
def inner():
    try:
        yield 'i1'
        yield 'i2'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
        yield 'o1'
    finally:
        print('outer finally')
g = outer()
print(next(g))
g.close()
print('closed outer')
g = outer()
print(list(g))
