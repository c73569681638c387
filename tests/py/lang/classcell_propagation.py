# Metaclasses must pass __classcell__ through to type.__new__ for zero-arg super().
class Good(type):
    def __new__(mcs, name, bases, ns):
        print('has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
class Base:
    def f(self): return 'Base.f'
class X(Base, metaclass=Good):
    def f(self): return 'X.f>' + super().f()
print(X().f())
class NoCell(metaclass=Good):
    pass
class Dropper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcs, name, bases, ns)
try:
    class Y(Base, metaclass=Dropper):
        def f(self): return super().f()
except RuntimeError as e:
    print(type(e).__name__, e)
class Replacer(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class Z(Base, metaclass=Replacer):
    def f(self): return 'Z.f>' + super().f()
    def cls(self): return __class__.__name__
print(Z().f(), Z().cls())
