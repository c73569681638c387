# Numbers from memoryview and other buffer objects.
print(float(memoryview(b'3.25')), float(memoryview(b' -1e3 ')), int(memoryview(b'42')))
print(int.from_bytes(memoryview(b'\x7f\xff'), 'big', signed=True), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), float(bytearray(b'2.5')), int(bytearray(b' 7 ')))
for v in [memoryview(b'x'), memoryview(b'1_0')]:
    try:
        print(float(v))
    except ValueError as e:
        print(type(e).__name__, str(e).split(':')[0])
    try:
        print(int(v))
    except ValueError as e:
        print(type(e).__name__, e)
