# type(): one-argument results, three-argument class creation and its validation.
print(type(type), type(object), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
class Meta(type): pass
class K(metaclass=Meta): pass
print(type(K).__name__, type(K()).__name__, type(Meta).__name__)
T = type('T', (), {'x': 1, 'f': lambda self: self.x + 1, '__doc__': 'doc'})
print(T.__name__, T.__qualname__, T.__module__, T().f(), T.__doc__, T.__bases__)
U = type('U', (T, dict), {})
print([c.__name__ for c in U.__mro__], U().f(), U(a=1))
V = type('V', (K,), {})
print(type(V).__name__)
W = type.__new__(Meta, 'W', (), {})
print(type(W).__name__, W.__name__)
X = type('Name With Spaces', (), {})
print(X.__name__, repr(X.__name__))
for thunk in [lambda: type(), lambda: type(1, 2), lambda: type('A', (), {}, 4), lambda: type('A', 5, {}),
              lambda: type('A', (bool,), {}), lambda: type(b'A', (), {}),
              lambda: type('A', (int, str), {}), lambda: type('A', (), {'__slots__': 5}),
              lambda: type('A', (K, Meta), {}) and 'ok', lambda: type(name='A', bases=(), dict={})]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(type):
    def __init__(cls, *a, **k): super().__init__(*a)
print(type(Sub('S', (), {})).__name__, type(Sub).__name__)
print(type.__call__(int, '5'), type.__name__, type.__qualname__, type.__module__)
