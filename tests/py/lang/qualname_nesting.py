# __qualname__ for nested functions, classes, lambdas, comprehensions and methods.
def outer():
    def inner():
        class Local:
            def meth(self): pass
            lam = lambda: 0
        return Local
    return inner
L = outer()()
print(outer.__qualname__, outer().__qualname__, L.__qualname__, L.meth.__qualname__, L.lam.__qualname__)
class A:
    class B:
        class C:
            def m(self):
                return [lambda: 0 for _ in range(1)][0], (lambda: 0), (x for x in [])
        @staticmethod
        def st(): pass
        @classmethod
        def cm(cls): pass
        @property
        def pr(self): pass
print(A.B.C.__qualname__, A.B.C.m.__qualname__, A.B.st.__qualname__, A.B.cm.__qualname__)
print(A.B.pr.fget.__qualname__)
l1, l2, g = A.B.C().m()
print(l1.__qualname__, l2.__qualname__, g.__qualname__)
def f():
    global G
    class G:
        def m(self): pass
    return G
f()
print(G.__qualname__, G.m.__qualname__)
class M:
    def gen(self):
        yield
    async def co(self): pass
print(M.gen.__qualname__, M().gen().__qualname__, M.co.__qualname__)
c = M().co()
print(c.__qualname__)
c.close()
A.__qualname__ = 'Renamed'
print(A.__qualname__, A.__name__, A.B.__qualname__)
def h(): pass
h.__qualname__ = 'custom.h'
print(h.__qualname__, repr(h).startswith('<function custom.h at'))
