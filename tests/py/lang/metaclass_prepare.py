# Metaclass __prepare__: custom namespaces, kwargs, and invalid return values.
class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('define', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        ns = LoggingNS()
        ns['injected'] = kw.get('inject', 'default')
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        print('ns type', type(ns).__name__)
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, inject='yes'):
    x = 1
    def m(self): return injected
    y = injected
print(A.injected, A.y, A.x, A.m.__name__)
class B(A):
    z = 2
print(B.injected)
class Counting(dict):
    def __getitem__(self, k):
        print('lookup', k)
        return super().__getitem__(k)
class CM(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Counting(base_value=10)
class D(metaclass=CM):
    v = base_value + 1
print(D.v)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
