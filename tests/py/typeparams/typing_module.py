# The typing module's common aliases and TypeVar/Generic spelled the old way.
from typing import (Any, Callable, Dict, Generic, List, Optional, Tuple, TypeVar, Union,
                    cast, TYPE_CHECKING, Literal, ClassVar, Final, Set, FrozenSet, Type)

T = TypeVar("T")
K = TypeVar("K", bound=int)
Num = TypeVar("Num", int, float)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Num, Co, Contra, K.__bound__, Num.__constraints__)

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box.__parameters__, Box[int], Box(1).v)

def f(x: List[int], y: Dict[str, int], z: Optional[str] = None) -> Tuple[int, ...]:
    return (1,)
print(f.__annotations__)
print(Union[int, str], Union[int, None], Optional[int], Union[int], Union[int, Union[str, bytes]])
print(Callable[[int, str], bool], Callable[..., int], Literal["a", 1], ClassVar[int], Final[str])
print(Set[int], FrozenSet[str], Type[int], Any, TYPE_CHECKING, cast(int, "not checked"))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: Generic(), lambda: List()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
