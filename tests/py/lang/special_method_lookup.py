# Implicit special-method calls look on the type, bypassing instance attributes and __getattr__.
class C:
    def __len__(self): return 1
    def __getattr__(self, name):
        return lambda *a: f'getattr {name}'
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
c.__call__ = lambda: 'instance call'
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
print(c.__call__())
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c + 1
except TypeError as e:
    print(type(e).__name__, e)
print(c.__add__(1), c.__iter__())
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return f'Meta[{k}]'
    def __call__(cls, *a): return 'meta call'
class K(metaclass=Meta):
    def __len__(self): return 7
print(len(K), K[1], K(), len(object.__new__(K)))
C.__len__ = lambda self: 5
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self): return 'class repr'
r = R()
r.__repr__ = lambda: 'instance repr'
print(repr(r), str(r), f'{r!r}', [r])
