# __mro_entries__ lets non-class objects appear in a class statement's bases.
class Real:
    def hello(self): return 'Real.hello'
class Proxy:
    def __init__(self, *targets): self.targets = targets
    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets
p = Proxy(Real)
class C(p):
    pass
print([k.__name__ for k in C.__mro__], C().hello())
print(C.__orig_bases__[0] is p, C.__bases__ == (Real,))
class Empty:
    def __mro_entries__(self, bases): return ()
class D(Empty()):
    pass
print([k.__name__ for k in D.__mro__], hasattr(D, '__orig_bases__'))
class Bad:
    def __mro_entries__(self, bases): return 5
try:
    class E(Bad()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(42): pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __mro_entries__(self, bases): return (Real, dict)
class H(Two()): pass
print([k.__name__ for k in H.__mro__])
class NotType:
    pass
try:
    class I(NotType()): pass
except TypeError as e:
    print(type(e).__name__, e)
