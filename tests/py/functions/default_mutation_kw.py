# Keyword-only defaults, evaluated at definition, and the interaction with positional defaults.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(a, b=next_id(), *, c=next_id(), d):
    return a, b, c, d
print(f(0, d=9), f(0, d=9), counter)
print(f.__defaults__, f.__kwdefaults__)
f.__kwdefaults__['c'] = 'patched'
print(f(1, d=2))
def g(*, a=1, b):
    return a, b
print(g(b=2), g(a=0, b=0))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=7, d=8))
