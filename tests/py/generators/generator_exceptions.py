# Exceptions inside generators propagate to the consumer; the generator is then finished.
def g():
    yield 1
    raise ValueError('inside generator')
    yield 2
gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print('consumer caught', e)
print(next(gen, 'exhausted'))
def handles():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            print('handled inside the generator at i =', i)
            yield 'handled'
try:
    print(list(handles()))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def safe():
    for i in range(3):
        try:
            v = 10 // (1 - i)
        except ZeroDivisionError:
            v = 'div0'
        yield v
print(list(safe()))
