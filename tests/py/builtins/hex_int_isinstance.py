# hex, int, isinstance, issubclass.
print(hex(0), hex(255), hex(-1), hex(2 ** 64), int(), int(7.9), int('0b11', 2), int('Z', 36), int(' 42\n'))
print(isinstance(1, int), isinstance(1, (float, int)), isinstance('a', str), isinstance([], (tuple,)), isinstance(None, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(issubclass(int, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(isinstance(1, int | str), isinstance('', int | None), isinstance(None, int | None))
print(int.__name__, type(int('5')), int('-0'), int('+5'), int('00'), int('0' * 50 + '1'))
class IntLike:
    def __int__(self): return 5
    def __index__(self): return 6
print(int(IntLike()), hex(IntLike()), isinstance(IntLike(), int))
