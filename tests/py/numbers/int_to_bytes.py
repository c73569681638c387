# int.to_bytes: lengths, byte orders, signedness, defaults and overflow.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='big'))
print((0).to_bytes(), (255).to_bytes(), (0).to_bytes(0, 'big'), (1).to_bytes(1), (5).to_bytes(3))
print((-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'little', signed=True), (-129).to_bytes(2, 'big', signed=True))
print((127).to_bytes(1, 'big', signed=True), (2**64 - 1).to_bytes(8, 'little'), (-2**63).to_bytes(8, 'big', signed=True))
print((0x0102030405060708).to_bytes(8, 'big').hex(), (0x0102030405060708).to_bytes(8, 'little').hex(), (1).to_bytes(length=2))
print(True.to_bytes(), (2**100).to_bytes(13, 'big')[:2], len((2**100).to_bytes(20, 'little')))
cases = [(256, (1, 'big')), (-1, (1, 'big')), (128, (1, 'big', True)), (-129, (1, 'big', True)), (1, (0, 'big')),
         (0, (-1, 'big')), (1, (1, 'middle')), (1, (1, 'BIG')), (1, (1.0, 'big')), (1, (1, 5)), (-1, (2, 'little'))]
for n, args in cases:
    try:
        if len(args) == 3:
            print(n.to_bytes(args[0], args[1], signed=args[2]))
        else:
            print(n.to_bytes(*args))
    except (OverflowError, ValueError, TypeError) as e:
        print(n, args, type(e).__name__, e)
try:
    (1).to_bytes(1, 'big', True)
except TypeError as e:
    print(type(e).__name__, e)
