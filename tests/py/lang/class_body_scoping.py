# Class bodies are not enclosing scopes for functions, but comprehensions see the first iterable.
x = 'global'
class A:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = [i for i in [x]]
    w = (lambda: x)()
    items = [1, 2]
    doubled = [v * 2 for v in items]
print(A().m(), A.y, A.z, A.w, A.doubled)
class B:
    n = 3
    try:
        data = [n for _ in range(2)]
    except NameError as e:
        data = f'{type(e).__name__}: {e}'
print(B.data)
def f():
    v = 'enclosing'
    class C:
        v = 'class'
        def m(self): return v
        seen = v
    return C
C = f()
print(C().m(), C.seen)
def g():
    v = 'func'
    class D:
        try:
            before = v
        except NameError as e:
            before = f'{type(e).__name__}: {e}'
        v = 'rebound'
    return D.before, D.v
print(g())
class E:
    locals()['injected'] = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(E.names)
class F:
    __private = 'mangled'
    def get(self): return self.__private
    via_lambda = (lambda self: self.__private)
print(F().get(), F().via_lambda(), '_F__private' in F.__dict__)
