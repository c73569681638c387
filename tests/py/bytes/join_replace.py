# bytes join accepts any bytes-like items; replace with counts; startswith with tuples.
print(b'-'.join([b'a', bytearray(b'b'), b'c']), bytearray(b', ').join((b'x', b'y')), b''.join([]))
print(type(bytearray(b'').join([b'a'])).__name__, b'.'.join(iter([b'q'])), b'ab'.join([b'1']))
print(b'aaaa'.replace(b'a', b'b', 2), b'aaaa'.replace(b'a', b'', -1), b'ab'.replace(b'', b'-'), b'ab'.replace(b'', b'-', 1))
print(b'abc'.replace(bytearray(b'b'), bytearray(b'BB')), bytearray(b'xyx').replace(b'x', b'z', 1))
print(b'hello'.startswith((b'x', b'he')), b'hello'.endswith(bytearray(b'lo')), b'hello'.startswith(b'l', 2, 3))
for bad in [lambda: b','.join([b'a', 'b']), lambda: b','.join([1]),
            lambda: b'a'.replace(b'a', 'b'), lambda: b'a'.startswith(97), lambda: bytearray(b',').join(['x'])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
