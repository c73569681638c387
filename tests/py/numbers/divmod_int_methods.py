# divmod and int methods.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 70, 3), (5.5, 2), (-5.5, 2)]:
    print(a, b, divmod(a, b), a // b * b + a % b == a)
print((100).bit_length(), (100).to_bytes(1, 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print((6).is_integer(), (-5).__abs__(), (5).__neg__(), (7).__floordiv__(2), (7).__rfloordiv__(2))
print((5).__add__(1.0), (5).__eq__(5.0), (3).__truediv__(2), int.__add__(2, 3))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
