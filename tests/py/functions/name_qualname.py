# __name__ and __qualname__ of nested functions, methods, lambdas and classes.
def top():
    def nested():
        def deeper(): pass
        return deeper
    return nested
print(top.__qualname__, top().__qualname__, top()().__qualname__)
class A:
    def meth(self):
        def local(): pass
        return local
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
    lam = lambda self: None
    class B:
        class C: pass
print(A.meth.__qualname__, A().meth().__qualname__, A.sm.__qualname__, A.cm.__qualname__)
print(A.lam.__qualname__, A.B.C.__qualname__, A.B.C.__name__, A.__module__)
def make_class():
    class Local:
        def m(self): pass
    return Local
L = make_class()
print(L.__qualname__, L.m.__qualname__, L.__name__)
print([(lambda: 0).__qualname__ for _ in range(1)][0])
