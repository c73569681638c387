# ParamSpec via [**P]: P.args/P.kwargs, Callable[P, R] and subscription with argument lists.
from typing import Callable

def logged[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 0) -> int:
    return a + b

print(add(1, b=2))
P, R = logged.__type_params__
print(type(P).__name__, P, repr(P.args), repr(P.kwargs), P.args.__origin__ is P)
print(logged.__annotations__)

class Handler[**P]:
    def __init__(self, fn: Callable[P, None]):
        self.fn = fn

print(Handler.__parameters__)
print(Handler[...], Handler[...].__args__)

type Cb[**P] = Callable[P, int]
print(Cb.__value__, Cb[...].__args__)
print(P.__bound__, P.__covariant__, P.__contravariant__)
