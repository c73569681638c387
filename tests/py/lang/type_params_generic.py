# PEP 695 generic functions and classes: __type_params__ and TypeVar attributes.
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
def bounded[B: int, C: (str, bytes), *Ts, **P](): pass
b, c, ts, p = bounded.__type_params__
print(b.__bound__, c.__constraints__, type(ts).__name__, type(p).__name__)
print(repr(b), repr(ts), repr(p))
class Box[V]:
    def __init__(self, v: V): self.v = v
    def get(self) -> V: return self.v
print(Box.__type_params__, Box(5).get(), Box[int], Box.__mro__[-2].__name__)
print([k.__name__ for k in Box.__bases__])
class Child[K](Box[K]): pass
print(Child.__type_params__, Child(1).get())
print(first.__annotations__['xs'], first.__annotations__['return'] is T)
class Outer[X]:
    def method[Y](self, a: X, b: Y) -> tuple[X, Y]: return (a, b)
m = Outer.method
print(m.__type_params__, m.__annotations__['a'] is Outer.__type_params__[0])
print(Outer().method(1, 'y'))
def lazy_bound[L: Missing](): pass
L, = lazy_bound.__type_params__
try:
    L.__bound__
except NameError as e:
    print(type(e).__name__, e)
Missing = float
print(L.__bound__)
for src in ['def f[T, T](): pass', 'class C[T: int = 1]: pass', 'def f[](): pass']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
