import sys

def gen(a, b=1):
    c = a + b
    yield c

g = gen(1)
print(g.gi_code is gen.__code__)
print(g.gi_code.co_name, g.gi_code.co_varnames)
print(bool(g.gi_code.co_flags & 0x20))
print(bool((lambda: 1).__code__.co_flags & 0x20))
print(g.__name__, g.__qualname__)
print(type(g).__name__)
