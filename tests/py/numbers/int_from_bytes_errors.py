# int.from_bytes argument type errors.
for args in [(5, 'big'), (5.0, 'big'), (None, 'big'), ('ab', 'big'), (b'\x01', None), (b'\x01', 1), (b'\x01', b'big')]:
    try:
        print(args, int.from_bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b'\x01', 'big', True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes()
except TypeError as e:
    print(type(e).__name__, e)
