# __class_getitem__ and types.GenericAlias objects from builtin classes.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box[1, 2], Box['x'])
print(type(Box.__dict__['__class_getitem__']).__name__)
class Sub(Box): pass
print(Sub[str])
a = list[int]
print(a, repr(dict[str, list[int]]), tuple[int, ...], type(a).__name__)
print(a.__origin__ is list, a.__args__, dict[str, int].__args__)
print(a([1, 2]), a('ab'))
print(isinstance([], list), list[int].__parameters__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
inst = Box()
try:
    inst[0]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item): return 'meta wins ' + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item): return 'class_getitem'
print(Both[3])
print(type[int], list[int] | None)
