# type(name, bases, dict) creates classes dynamically.
def greet(self):
    return 'hello from ' + type(self).__name__
Base = type('Base', (), {'greet': greet, 'x': 1})
Derived = type('Derived', (Base,), {'y': 2, '__doc__': 'dynamic'})
d = Derived()
print(d.greet(), d.x, d.y, Derived.__doc__, Derived.__mro__)
print(type(Derived).__name__, Derived.__name__, Derived.__qualname__, Derived.__module__)
print(type(5).__name__, type('s') is str, type(type) is type)
try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
Empty = type('Empty', (object,), {})
print(Empty.__bases__, isinstance(Empty(), Empty))
