# bytes(n) and bytearray(n) accept any object with __index__ as a size.
class HasIndex:
    def __index__(self):
        return 2
class Both:
    def __bytes__(self):
        return b'from-bytes'
    def __index__(self):
        return 3
print(bytes(HasIndex()), bytearray(HasIndex()), bytes(True), bytearray(False), bytes(Both()), bytearray(Both()))
class Neg:
    def __index__(self):
        return -1
for bad in [lambda: bytes(Neg()), lambda: bytearray(Neg())]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
