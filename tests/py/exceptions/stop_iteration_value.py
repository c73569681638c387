# StopIteration carries the return value of generators.
def gen():
    yield 1
    return 'result'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('payload')
print(list(It()))
try:
    next(It())
except StopIteration as e:
    print(e.value)
