# PEP 695 'type' statement: lazily evaluated TypeAliasType objects.
type Number = int | float
print(type(Number).__name__, Number.__name__, Number.__value__, Number.__type_params__)
print(repr(Number), str(Number) == 'Number')
type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Undefined = str
print(Later.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair.__value__)
print(Pair[int], type(Pair[int]).__name__, Pair[int].__origin__ is Pair, Pair[int].__args__)
type Rec = list[Rec] | int
print(Rec.__value__)
count = 0
def side():
    global count
    count += 1
    return bytes
type Lazy = side()
print(count)
Lazy.__value__
Lazy.__value__
print(count)
try:
    Number.__value__ = int
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    type Local = list[int]
    return Local
print(f().__name__, f().__value__, f().__module__)
print(isinstance(1, int | float), Number.__module__)
try:
    isinstance(1, Number)
except TypeError as e:
    print(type(e).__name__, e)
type = 'soft keyword still usable'
print(type)
