# super() with zero and two arguments, in classmethods, and super of object.
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c on ' + cls.__name__
    def __repr__(self): return 'A-instance'
class B(A):
    def f(self): return 'B.f+' + super().f()
    @classmethod
    def c(cls): return 'B.c+' + super().c()
class C(B):
    def f(self): return 'C.f+' + super(B, self).f()
    def g(self):
        return super(C, self).f()
print(C().f(), '|', C().g(), '|', C.c(), '|', B.c())
print(super(C, C()).f(), super(B, C).c())
s = super(B, B())
print(type(s).__name__, s.f())
def outside(self):
    return super(B, self).f()
print(outside(C()))
class D(A):
    def f(self):
        def inner():
            return 'nested'
        return inner() + ' ' + super().f()
print(D().f())
try:
    super(B, A()).f()
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok)
