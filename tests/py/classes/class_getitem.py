# __class_getitem__ and subscripting builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)
