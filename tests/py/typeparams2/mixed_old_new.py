# Mixing typing.TypeVar/Generic with PEP 695 syntax: allowed and forbidden combinations.
from typing import Generic, TypeVar

S = TypeVar("S")

class Old(Generic[S]):
    pass

class NewFromOld[T](Old[T]):
    pass

print(NewFromOld.__parameters__, NewFromOld.__orig_bases__)
print([c.__name__ for c in NewFromOld.__mro__])

class OldFromNew(NewFromOld[S]):
    pass
print(OldFromNew.__parameters__, OldFromNew[int])

def attempt(src):
    try:
        ns = {"Generic": Generic, "S": S, "Old": Old}
        exec(src, ns)
        print("ok")
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)

attempt("class D(Old[S], Generic[S]): pass")
attempt("class E(Generic[S, S]): pass")

def f[T](x: T) -> T:
    return x
T_new = f.__type_params__[0]
print(type(T_new) is TypeVar, T_new.__infer_variance__, S.__infer_variance__)
print(Old[int], Old[T_new], Old[T_new].__parameters__)
