# Recursive and mutually recursive type aliases; __value__ is computed on first access.
type Json = dict[str, Json] | list[Json] | str | int | float | bool | None
print(Json.__value__)
print(Json.__value__.__args__[0].__args__[1] is Json)

type Tree[T] = T | list[Tree[T]]
print(Tree.__value__, Tree.__type_params__, Tree[int])
print(Tree[int].__origin__ is Tree, Tree[int].__args__)

type Even = tuple[None] | tuple[int, Odd]
type Odd = tuple[int, Even]
print(Even.__value__)
print(Odd.__value__)

log = []
def value(tag):
    log.append(tag)
    return tag
type Once = value("computed")
print(log)
print(Once.__value__, Once.__value__, log)

def validate(v, alias):
    t = alias.__value__ if hasattr(alias, "__value__") else alias
    if isinstance(t, type):
        return isinstance(v, t)
    return any(validate(v, a) for a in t.__args__)

type Number = int | Float
type Float = float
print(validate(1, Number), validate(1.5, Number), validate("x", Number))
print(repr(Json), str(Tree), Json.__name__, Tree.__module__)
