# def f[T](...): type parameters are created per definition and bound inside the function.
def first[T](items: list[T]) -> T:
    return items[0]

print(first([1, 2]), first("ab"))
print(first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, repr(T), T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__module__)

def pair[K, V](k: K, v: V, *rest: V, flag: bool = False) -> dict[K, V]:
    return {k: v}

print(pair.__type_params__, pair(1, "x"), pair.__kwdefaults__, pair.__defaults__)

def again[T](x: T) -> T:
    return x
print(again.__type_params__[0] is T, again.__type_params__[0] == T)

def uses_inside[T]():
    return T
print(uses_inside() is uses_inside.__type_params__[0])

def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
Ts, P = variadic.__type_params__
print(repr(Ts), repr(P), type(Ts).__name__, type(P).__name__, P.args, P.kwargs)

def nested_scopes():
    def inner[T](x: T) -> T:
        def deeper() -> T:
            return x
        return deeper
    return inner
fn = nested_scopes()
print(fn.__qualname__, fn(3).__qualname__, fn(3)())

def defaults[T](a: T = 1, b=2, *, c: T = 3):
    return a, b, c
print(defaults(), defaults.__defaults__, defaults.__kwdefaults__)

first.__type_params__ = ()
print(first.__type_params__)
try:
    first.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
