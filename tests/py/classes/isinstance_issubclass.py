# isinstance/issubclass with tuples, builtins, and __instancecheck__/__subclasscheck__.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(B, (str, A)), issubclass(A, A))
print(isinstance(True, int), isinstance(1, float), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], (list, (tuple, dict))), isinstance(3, int | str), issubclass(bool, int | None))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
