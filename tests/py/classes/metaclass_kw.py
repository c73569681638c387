# metaclass keyword, metaclass __new__/__init__/__call__, and __prepare__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 'yes'}
    def __new__(mcls, name, bases, ns, **kw):
        print('meta new', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = kw.get('flag')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('meta init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('meta call', cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, flag=7):
    x = 1
    def __init__(self, v):
        self.v = v
a = A(3)
print(a.v, A.flag, A.injected, type(A).__name__, type(a).__name__)
class B(A):
    pass
print(type(B).__name__, B.flag)
print(isinstance(A, Meta), isinstance(A, type), type(type).__name__)
