# ValueError/TypeError wording for bad bytearray element values and indices.
ba = bytearray(b'abc')
bads = [lambda: ba.extend([1, 300]), lambda: ba.extend([-1]), lambda: ba.__setitem__('a', 1),
        lambda: ba.__setitem__(slice(0, 1), [1, 999]), lambda: ba.__setitem__(0, -5), lambda: ba.__getitem__(1.5),
        lambda: ba.__delitem__('x'), lambda: bytearray([1, 256]), lambda: bytes([300]), lambda: ba.__contains__(300),
        lambda: b'a'.hex(1), lambda: b','.join(5), lambda: bytearray(b',').join(None)]
for bad in bads:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba)
