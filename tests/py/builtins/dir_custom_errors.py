# dir(): __dir__ results are sorted into a list; bad __dir__ results raise.
class Custom:
    def __dir__(self): return ('zeta', 'alpha', 'mid', 'alpha')
print(dir(Custom()))
class GenDir:
    def __dir__(self): return (n for n in ['b', 'a'])
print(dir(GenDir()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class MixedDir:
    def __dir__(self): return ['a', 1]
try:
    dir(MixedDir())
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __dir__(cls): return ['from_meta']
class K(metaclass=Meta):
    def __dir__(self): return ['from_instance']
print(dir(K), dir(K()))
class P:
    a = 1
class Q(P):
    b = 2
    def __init__(self): self.c = 3
print([n for n in dir(Q()) if not n.startswith('_')], [n for n in dir(Q) if not n.startswith('_')])
def f():
    z = 1
    y = 2
    return dir()
print(f())
class Body:
    first = 1
    names = dir()
print(Body.names)
import sys
print('argv' in dir(sys), dir(sys) == sorted(dir(sys)), [n for n in dir() if not n.startswith('_')])
print(len(dir(1)) > 50, dir(None) == sorted(dir(None)), '__len__' in dir([]), 'append' in dir(list))
