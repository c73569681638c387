# bytearray += and *= mutate in place; bytes create new objects.
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba += bytearray(b'e')
ba += (b'f',)[0]
print(ba, alias is ba, alias)
ba *= 2
print(alias, alias is ba)
ba *= 0
print(alias, len(alias))
b = b'ab'
orig = b
b += b'c'
print(b, orig, b is orig)
ba2 = bytearray(b'xy')
ba2 *= -1
print(ba2, bytearray(b'z') * 3, 2 * bytearray(b'q'), b'a' + bytearray(b'b'), bytearray(b'a') + b'b')
print(type(b'a' + bytearray(b'b')).__name__, type(bytearray(b'a') + b'b').__name__)
for bad in [lambda: bytearray(b'a') + 'b', lambda: bytearray(b'a') * 1.5, lambda: b'a' + 1, lambda: bytearray(b'a').__iadd__(5),
            lambda: bytearray(b'a').__imul__('x'), lambda: 'a' + b'b']:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
