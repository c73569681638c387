# Class decorators run after the class body and __init_subclass__, and may replace the class.
log = []
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__))
def deco(tag):
    def apply(cls):
        log.append(('deco', tag, cls.__name__))
        cls.tag = tag
        return cls
    return apply
@deco('outer')
@deco('inner')
class C(Base):
    log.append(('body', 'C'))
print(log)
print(C.tag)
def singleton(cls):
    return cls()
@singleton
class Config:
    value = 3
    def __repr__(self): return f'Config(value={self.value})'
print(Config, type(Config).__name__)
def wrap(cls):
    class Wrapped(cls):
        def hello(self): return 'wrapped ' + super().hello()
    Wrapped.__name__ = cls.__name__
    return Wrapped
@wrap
class Greeter:
    def hello(self): return 'hi'
print(Greeter().hello(), Greeter.__name__, Greeter.__qualname__, [k.__name__ for k in Greeter.__mro__])
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class D: pass
print(D().extra())
