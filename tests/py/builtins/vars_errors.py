# vars(): objects with and without __dict__, modules, classes and error messages.
import sys
class C:
    def __init__(self): self.a = 1
class S:
    __slots__ = ('x',)
c = C()
print(vars(c), vars(c) is c.__dict__, type(vars(C)).__name__, 'a' not in vars(C))
print(vars(sys) is sys.__dict__, type(vars(sys)).__name__)
def f():
    x = 1
    return sorted(vars())
print(f(), sorted(vars()) == sorted(globals()), vars() is globals())
for thunk in [lambda: vars(1), lambda: vars(S()), lambda: vars('s'), lambda: vars(None), lambda: vars(1, 2),
              lambda: vars(object=c)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class CustomDict:
    @property
    def __dict__(self): return {'custom': True}
print(vars(CustomDict()))
class BadDict:
    __dict__ = 5
print(vars(BadDict()))
c.__dict__ = {'replaced': 2}
print(vars(c), c.replaced)
try:
    c.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
