# Type aliases are not callable and have no __call__ attribute.
type Stmt = list[int]
type Gen[T] = list[T]
print(callable(Stmt), callable(Gen), callable(Gen[int]))
print(hasattr(Stmt, "__call__"), hasattr(type(Stmt), "__call__"))
try:
    Stmt()
except TypeError as e:
    print("TypeError", e)
try:
    Gen[int]()
except TypeError as e:
    print("TypeError", e)
