# Type parameter scopes: visible in annotations and bases, invisible outside.
class Base:
    def __class_getitem__(cls, item):
        return cls
class C[T](Base[T]):
    attr = 'class attr'
    def m(self) -> T: ...
print([k.__name__ for k in C.__mro__])
try:
    T
except NameError as e:
    print(type(e).__name__, e)
x = 'module x'
class D[T]:
    x = 'class x'
    def f(self):
        return x
print(D().f())
def outer():
    v = 'closure'
    def inner[U]() -> U:
        return v
    return inner
print(outer()(), outer().__type_params__)
S = 'global S'
def shadow[S](): return S
print(shadow().__name__ if hasattr(shadow(), '__name__') else shadow())
print(type(shadow()).__name__)
class E[T]:
    T_alias = T
print(E.T_alias is E.__type_params__[0])
def gen[T](x: T):
    yield x
print(list(gen(3)), gen.__type_params__[0].__name__)
async def coro[T](): pass
print(coro.__type_params__)
lam = [lambda: T for T in range(1)]
print(lam[0]())
