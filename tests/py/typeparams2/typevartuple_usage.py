# TypeVarTuple via [*Ts]: names, parameters, and aliases with a variable number of args.
class Array[DType, *Shape]:
    def __init__(self, *dims):
        self.dims = dims

def args_of[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args

DType, Shape = Array.__type_params__
print(type(Shape).__name__, Shape, repr(Shape), Shape.__name__)
print(Array.__parameters__, args_of.__type_params__)
print(args_of(1, "a"))
a = Array[float, int](2, 3)
print(a.dims, a.__orig_class__)
print(Array[float, ()].__args__)

type Tup[*Ts] = tuple[int, *Ts]
print(Tup[str, bytes], Tup[str].__args__, Tup[()].__args__, Tup.__type_params__)
def g[*Ts](): pass
print(g.__type_params__[0] is not Shape, g.__type_params__[0].__name__)
