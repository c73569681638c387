# bit_length, bit_count, as_integer_ratio, is_integer, and the numeric attributes of int.
for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, 2**31 - 1, -2**31, 2**63, 2**100 + 1, -(2**100)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.numerator, n.denominator)
print(True.bit_length(), False.bit_count(), True.as_integer_ratio(), True.is_integer(), type(True.numerator).__name__)
print((5).real, (5).imag, (5).conjugate(), type((5).as_integer_ratio()[0]).__name__, (-5).conjugate())
class MyInt(int):
    pass
m = MyInt(12)
r = m.as_integer_ratio()
print(r, type(r[0]).__name__, type(m.numerator).__name__, type(m.real).__name__, type(+m).__name__, type(m.conjugate()).__name__)
print((2**1000).bit_length(), (2**1000 - 1).bit_count(), (-(2**1000)).bit_count(), int.bit_length(-1))
print(int.is_integer(3), float.is_integer(3.0), (3.5).is_integer(), (-0.0).is_integer(), float('inf').is_integer())
try:
    int.bit_length(1.0)
except TypeError as e:
    print(type(e).__name__, e)
