# dir() of instances and classes (filtered), vars(), and dir() without arguments.
class Base:
    base_attr = 1
    def base_method(self): pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self): pass
c = C()
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
print(vars(c), sorted(k for k in vars(C) if not k.startswith('__')))
def f():
    a = 1
    b = 2
    return dir()
print(f())
class WithDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print('__init__' in dir(c), '__class__' in dir(c), 'inst' in dir(c))
