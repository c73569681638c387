# property with getter, setter, deleter and doc; read-only properties.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """temperature in C"""
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t._c, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
class P:
    x = property(lambda self: 'computed', doc='lambda prop')
print(P().x, P.x.__doc__, P.x.fget is not None, P.x.fset)
