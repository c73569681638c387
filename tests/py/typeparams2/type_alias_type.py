# typing.TypeAliasType built at runtime, compared with the type statement.
from typing import TypeAliasType, TypeVar

T = TypeVar("T")
Manual = TypeAliasType("Manual", list[T], type_params=(T,))
print(Manual, Manual.__name__, Manual.__value__, Manual.__type_params__, Manual[int])

type Stmt[U] = list[U]
print(type(Stmt) is TypeAliasType, type(Manual) is TypeAliasType)
print(Stmt.__parameters__, Manual.__parameters__)

Simple = TypeAliasType("Simple", int)
print(Simple.__value__, Simple.__type_params__, Simple.__module__)
for bad in (lambda: TypeAliasType("X", int, type_params=(int,)),
            lambda: Simple[int]):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(TypeAliasType):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Stmt.__value__ = int
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Stmt, type))
try:
    Stmt()
except TypeError as e:
    print("TypeError", e)
