# Subclasses of property copy the getter's docstring into the instance __doc__.
def getter(self):
    "getter doc"
    return 1
class Sub(property):
    pass
sp = Sub(getter)
print(sp.__doc__, type(sp).__name__)
print(type(sp.setter(lambda s, v: None)).__name__, sp.setter(lambda s, v: None).__doc__)
class Documented(property):
    "class doc"
print(Documented(getter).__doc__, Documented(getter, doc='given').__doc__, Documented().__doc__)
class C:
    p = Sub(getter)
print(C().p, C.p.__doc__)
