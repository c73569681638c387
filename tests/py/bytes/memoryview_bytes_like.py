# memoryview objects are accepted wherever a bytes-like object is.
m = memoryview(b'bc')
print(bytes(m), bytearray(m), b'a' + m, bytearray(b'a') + m, b'abcd'.find(m), m in b'abcd', b'-'.join([m, m]))
print(b'abc'.strip(m), b'abc'.replace(m, b'X'), b'%s|%b' % (m, m), str(m, 'ascii'), m.hex(':'), m.tobytes(), m.tolist())
ba = bytearray(b'xyz')
ba[:2] = m
ba += memoryview(b'!')
print(ba, len(m), m[0], m[-1], bytes(m[::-1]), m == b'bc', m.readonly, memoryview(ba).readonly)
print(type(m).__name__, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj == b'bc')
mv = memoryview(ba)
mv[0] = 65
print(ba, bytes(mv[1:3]))
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
mv.release()
ba.append(1)
print(ba)
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
