# A PEP 695 class may not also list Generic[...] explicitly among its bases.
from typing import Generic, TypeVar

S = TypeVar("S")

class Old(Generic[S]):
    pass

for src in ("class A[T](Generic[T]): pass",
            "class F[T](Old[T], Generic[T]): pass",
            "class G[T](Generic[S]): pass"):
    try:
        exec(src, {"Generic": Generic, "S": S, "Old": Old})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
