# A subclass's reflected method is tried first if it overrides it.
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
class Other(Base):
    pass
print(Base() + Derived())
print(Derived() + Base())
print(Base() + Other())
print(1 + Base(), Base() + 1)
class OnlyR:
    def __rsub__(self, o):
        return f'{o} - OnlyR'
print(5 - OnlyR(), [1] - OnlyR() if False else 'skip')
try:
    OnlyR() - 5
except TypeError as e:
    print(type(e).__name__, e)
