# int.from_bytes: byte orders, signedness, iterables and buffer types.
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\x00\x10'))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'\x80', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'little', signed=True), int.from_bytes(b'\x00' * 20))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
print(int.from_bytes(iter([0, 1]), 'big'), int.from_bytes(range(3), 'big'))
print(int.from_bytes(b'\xff' * 16, 'big') == 2**128 - 1, int.from_bytes(b'\xff' * 16, 'big', signed=True))
for n in [0, 1, -1, 127, 128, -128, -129, 2**70, -2**70]:
    length = (n.bit_length() + 8) // 8
    for order in ['big', 'little']:
        assert int.from_bytes(n.to_bytes(length, order, signed=True), order, signed=True) == n
    print(n, length, n.to_bytes(length, 'big', signed=True).hex())
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01', 'big')
print(type(r).__name__, r, type(bool.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x00', 'big'))
for args in [('abc', 'big'), ([256], 'big'), ([-1], 'big'), (b'\x01', 'mid'), ([1.0], 'big')]:
    try:
        print(int.from_bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
