# AttributeError raised inside a descriptor or property falls back to __getattr__.
class GetRaises:
    def __get__(self, obj, owner):
        raise AttributeError('from __get__')
class D:
    g = GetRaises()
    def __getattr__(self, name):
        return 'fallback ' + name
    @property
    def p(self):
        raise AttributeError('from property')
    @property
    def other(self):
        raise KeyError('not attribute error')
d = D()
print(d.g)
print(d.p)
print(getattr(d, 'p', 'default unused'), hasattr(d, 'g'))
try:
    d.other
except KeyError as e:
    print(type(e).__name__, e)
class NoFallback:
    @property
    def p(self):
        raise AttributeError('kept message')
try:
    NoFallback().p
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(NoFallback(), 'p', 'default'), hasattr(NoFallback(), 'p'))
class Chained:
    def __getattribute__(self, name):
        if name == 'x':
            raise AttributeError('getattribute refuses x')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr ' + name
print(Chained().x)
