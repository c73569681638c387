# super() inside classmethods, __new__, __init_subclass__ and properties.
class Base:
    created = []
    def __new__(cls, *args):
        Base.created.append(cls.__name__)
        return super().__new__(cls)
    @classmethod
    def make(cls): return f'Base.make({cls.__name__})'
    @property
    def kind(self): return 'base'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = True
class Mid(Base):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.mid = True
        return inst
    @classmethod
    def make(cls): return 'Mid>' + super().make()
    @property
    def kind(self): return 'mid/' + super().kind
class Leaf(Mid):
    @classmethod
    def make(cls): return 'Leaf>' + super(Leaf, cls).make()
x = Leaf(1, 2)
print(Base.created, x.mid, x.kind, Leaf.make(), Leaf.registered)
print(super(Mid, Leaf).make(), super(Leaf, x).kind)
s = super(Mid, x)
print(s.kind, type(s).__name__, s.__self__ is x, s.__thisclass__.__name__, s.__self_class__.__name__)
u = super(Mid)
print(u.__self__, u.__thisclass__.__name__)
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta(7).v)
