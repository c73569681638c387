# isinstance/issubclass with nested tuples, X | Y unions and error cases.
print(isinstance(1, int | str), isinstance('s', int | str), isinstance(None, int | None), isinstance(1.0, int | str))
print(issubclass(bool, int | str), issubclass(float, (int, (str, (float,)))), isinstance(3, ((((int,),),),)))
u = int | str | None
print(u, type(u).__name__, u.__args__, int | int)
print(isinstance([], (int | str, list)), issubclass(type(None), u), isinstance(True, bool | None))
for thunk in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
              lambda: issubclass(int, 'int'), lambda: isinstance(1, list[int]), lambda: isinstance(1, int | list[int]),
              lambda: isinstance(1), lambda: int | 1,
              lambda: isinstance(1, (1, int))]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj): return True
class Any(metaclass=Meta): pass
print(isinstance(1, Any), isinstance(1, (str, Any)), isinstance(1, str | Any))
print(isinstance(Any, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))
