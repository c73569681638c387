# bytes() and bytearray() constructor forms and errors.
print(bytes(), bytes(0), bytes(3), bytes([1, 2]), bytes((3,)), bytes(range(65, 68)), bytes(b'x'), bytes(bytearray(b'y')))
print(bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes('é', 'ascii', 'replace'))
print(bytearray(), bytearray(2), bytearray('ab', 'ascii'), bytearray(iter([1])), bytearray(b'x') is not bytearray(b'x'))
class HasBytes:
    def __bytes__(self):
        return b'HB'
print(bytes(HasBytes()), bytes(x for x in [7, 8]))
bads = [lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(['a']),
        lambda: bytes(1.5), lambda: bytes(b'x', 'utf-8'), lambda: bytes(5, 'utf-8'), lambda: bytes('x', errors='strict'),
        lambda: bytearray('abc'), lambda: bytearray(-2), lambda: bytes(None), lambda: bytes('é', 'ascii'),
        lambda: bytes([1], 'x', 'y', 'z')]
for bad in bads:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
