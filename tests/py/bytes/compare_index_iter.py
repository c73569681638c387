# bytes comparison, indexing, slicing, iteration and membership.
a, b = b'abc', bytearray(b'abd')
print(a < b, a == bytearray(b'abc'), b > a, a <= a, b'' < b'\x00', b'\xff' > b'\xfe\xff', a == 'abc', a != 'abc')
print(a[0], a[-1], a[1:], a[::-1], a[5:], b[0], b[1:], type(b[1:]).__name__, a[::2], b[::-2])
print(list(a), [x for x in b], 98 in a, b'bc' in b, bytearray(b'b') in a)
print(sorted([b'b', b'a', b'ab', b'']), max(b'xyz'), min(bytearray(b'xyz')), sum(b'\x01\x02'))
for bad in [lambda: a[3], lambda: b[-4], lambda: a < 'abc', lambda: a['x'], lambda: b < 1, lambda: a[1.0]]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
