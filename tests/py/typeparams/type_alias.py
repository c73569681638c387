# type statements: lazy values, generic aliases, TypeAliasType behaviour.
type Number = int | float
print(Number, type(Number).__name__, Number.__name__, Number.__value__, Number.__type_params__)
print(Number.__module__)

type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf.__value__, ListOf[int], ListOf.__parameters__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)

type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)

try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)

try:
    Number()
except TypeError as e:
    print("TypeError:", e)

def f():
    type Local = str
    return Local
print(f(), f().__value__)

class C:
    type Member = int
    attr = 5
    type UsesClass = list[attr]
print(C.Member, C.UsesClass.__value__)
