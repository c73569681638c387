# An old-style TypeVar used in the bases of a PEP 695 class is rejected, naming the listed params.
from typing import Generic, TypeVar

S = TypeVar("S")
U = TypeVar("U")

class Old(Generic[S]):
    pass

for src in ("class B[T](Old[S]): pass",
            "class C[T, V](dict[S, U]): pass"):
    try:
        exec(src, {"S": S, "U": U, "Old": Old})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
