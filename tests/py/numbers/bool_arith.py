# bool is a subclass of int.
print(True + True, True - False, True * 3, True / 2, True // 2, -True, ~True, ~False, True ** 2)
print(True & False, True | False, True ^ True, True << 3, False or 0, type(True + 1).__name__)
print(type(True & True).__name__, type(True | False).__name__, type(~True).__name__, type(-True).__name__)
print(sum([True, True, False, True]), [1, 2, 3][True], {True: 'a', 1: 'b', 1.0: 'c'})
print(bool(0), bool(1), bool(-1), bool(0.0), bool('False'), int(True), float(False), str(True), repr(False))
print(True == 1, (True == 1) == False, isinstance(False, int), issubclass(bool, int), bool.__mro__)
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, False.bit_length(), True.__class__.__name__)
