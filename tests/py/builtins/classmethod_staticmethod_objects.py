# staticmethod/classmethod objects: attributes, callability, wrapping and binding.
def f(*a): return a
sm, cm = staticmethod(f), classmethod(f)
print(sm.__func__ is f, cm.__func__ is f, sm.__wrapped__ is f, cm.__wrapped__ is f, sm.__name__, cm.__doc__)
print(sm(1, 2))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    s = sm
    c = cm
print(C.s(1), C().s(1), C.c(1), C().c(1)[0].__name__)
print(sm.__get__(None, C) is f, cm.__get__(None, C)(), cm.__get__(C())()[0].__name__)
print(type(C.__dict__['s']).__name__, isinstance(C.__dict__['c'], classmethod), type(C.c).__name__)
odd = staticmethod(5)
print(odd.__func__, classmethod(5).__func__)
class D:
    o = staticmethod(5)
    c5 = classmethod(5)
print(D.o)
try:
    D.c5()
except TypeError as e:
    print(type(e).__name__, e)
def doc():
    "the docstring"
print(staticmethod(doc).__doc__, classmethod(doc).__doc__, staticmethod(doc).__qualname__)
for thunk in [lambda: staticmethod(), lambda: classmethod(None)()]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
