# object(): no attributes, argument checking in __new__/__init__, default dunders.
o = object()
for thunk in [lambda: setattr(o, 'x', 1), lambda: o.x, lambda: object(1), lambda: object(a=1),
              lambda: object.__new__(1), lambda: object.__new__(int) + 1, lambda: object.__init__(o, 1),
              lambda: object.__setattr__(1, 'x', 2), lambda: object.__new__(object, 1)]:
    try:
        print(thunk())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class A: pass
class WithInit:
    def __init__(self, x): self.x = x
class WithNew:
    def __new__(cls, x): return super().__new__(cls)
print(WithInit(1).x, type(WithNew(1)).__name__)
for thunk in [lambda: A(1), lambda: A(x=1)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(o == o, o != object(), o.__eq__(1), o.__ne__(o), object.__eq__(o, o), o.__lt__(o))
print(o.__class__ is object, object.__base__, object.__bases__, object.__mro__, object.__dict__['__doc__'][:25])
print(object.__subclasshook__(), object().__format__('')[:15], object.__reduce_ex__ is not None)
print(type(o.__sizeof__()).__name__, o.__dir__ is not None, hasattr(o, '__dict__'), hasattr(A(), '__dict__'))
