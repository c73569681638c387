# bytearray: mutable bytes.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), ba[0], ba[1:3])
ba[1:3] = b'EY'
del ba[-2:]
print(ba, ba.pop(), ba, bytes(ba))
ba.insert(0, 62)
ba.reverse()
print(ba, ba.decode(), ba.upper(), type(ba.upper()).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'ab') + b'cd', bytearray(b'x') * 3)
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a b').split())
ba2 = bytearray(b'aaa')
ba2 += b'bb'
ba2 *= 2
print(ba2, ba2.count(b'a'), ba2.find(b'b'), ba2.remove(98), ba2)
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b'x'), lambda: bytearray(b'').pop(),
            lambda: hash(bytearray())]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
