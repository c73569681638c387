# try/finally around yields; finally runs when the generator is closed or exhausted.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup g')
for x in g():
    print(x)
gen = g()
print(next(gen))
gen.close()
print('after close')
def h():
    try:
        yield 'a'
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
gen = h()
next(gen)
gen.close()
