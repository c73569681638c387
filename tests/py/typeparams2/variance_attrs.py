# Attributes of TypeVar/ParamSpec/TypeVarTuple created by PEP 695 syntax vs typing.
from typing import TypeVar, ParamSpec, TypeVarTuple

def f[T, B: int, C: (str, bytes), *Ts, **P](): pass
T, B, C, Ts, P = f.__type_params__
for tp in (T, B, C):
    print(tp.__name__, tp.__bound__, tp.__constraints__, tp.__covariant__,
          tp.__contravariant__, tp.__infer_variance__)
print(Ts.__name__, type(Ts).__name__, P.__name__, type(P).__name__)
print(T.__module__, f.__module__)

old = TypeVar("old", bound=int, covariant=True)
print(old, old.__infer_variance__, old.__covariant__)
inferred = TypeVar("inferred", infer_variance=True)
print(inferred, inferred.__infer_variance__)
print(repr(TypeVar("co", covariant=True)), repr(TypeVar("contra", contravariant=True)))
print(ParamSpec("PS"), TypeVarTuple("TVT"), repr(ParamSpec("PS2", covariant=True)))
for bad in (lambda: TypeVar("x", bound=1), lambda: TypeVar("x", int),
            lambda: TypeVar("x", covariant=True, infer_variance=True)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(T == T, T != B, T | int, int | T)
