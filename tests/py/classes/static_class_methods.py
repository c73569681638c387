# staticmethod and classmethod, called on class and instance, and inherited.
class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    pass
c = Child.create()
b = Base.create()
print(type(c).__name__, type(b).__name__, Base.count, Child.count)
print(Base.name(), Child.name(), c.name(), Child.helper(4), c.helper(5))
print(type(Base.__dict__['helper']).__name__, type(Base.__dict__['create']).__name__)
sm = Base.__dict__['helper']
print(sm.__func__(3), callable(sm))
bound = Child.create
print(bound.__self__ is Child, bound.__func__ is Base.__dict__['create'].__func__)
