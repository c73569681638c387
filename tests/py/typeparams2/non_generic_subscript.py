# Subscripting things that are not generic: plain classes, instances, non-generic aliases.
class Plain:
    pass

class WithGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

type NotGeneric = int

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)

attempt("Plain", lambda: Plain[int])
attempt("instance", lambda: Plain()[0])
attempt("class_getitem", lambda: WithGetitem[int])
attempt("alias", lambda: NotGeneric[int])
attempt("int", lambda: int[str])
attempt("list", lambda: list[int, str])
attempt("dict", lambda: dict[str])
fn = lambda: 0
attempt("func", lambda: fn[int])

class Generic1[T]:
    pass
attempt("generic instance", lambda: Generic1()[int])
attempt("subclass of alias", lambda: type("X", (Generic1[int],), {})[str])

class Sub(Generic1[int]):
    pass
attempt("concrete subclass", lambda: Sub[str])
attempt("concrete params", lambda: Sub.__parameters__)
