# int() conversion protocols: __int__, __index__, and subclasses.
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class IntSub(int):
    pass
print(int(WithInt()), int(WithIndex()), int(Both()), int(IntSub(5)), type(int(IntSub(5))).__name__)
print(int('10', WithIndex()), int(True), type(int(True)).__name__)
class BadInt:
    def __int__(self):
        return 'x'
class BadIndex:
    def __index__(self):
        return 1.5
for obj in [BadInt(), object(), [1]]:
    try:
        print(int(obj))
    except TypeError as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    int('10', WithInt())
except TypeError as e:
    print(type(e).__name__, e)
print(IntSub('ff', 16), type(IntSub('ff', 16)).__name__, IntSub(), bool(IntSub(0)), IntSub(3) + 1, type(IntSub(3) + 1).__name__)
print((5).__index__(), hex(WithIndex()), bin(WithIndex()), [10, 20, 30, 40, 50, 60, 70, 80][WithIndex()], range(WithIndex())[-1])
