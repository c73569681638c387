# bytes partition/find/index/count with int needles, start/end and errors.
b = b'abracadabra'
print(b.partition(b'ca'), b.rpartition(b'a'), b.partition(b'z'), b.rpartition(b'z'))
print(b.find(b'a'), b.find(97), b.rfind(97), b.find(b'a', 1), b.find(b'a', -4, -1), b.rfind(b'bra', 0, 6))
print(b.count(b'a'), b.count(97), b.count(b''), b.count(b'a', 3, 8), b.count(b'abra'), b.index(b'c'), b.rindex(98))
print(b.find(b''), b.find(b'', 11), b.find(b'', 12), b.startswith(b'ab', 0, 2), b.endswith((b'x', b'bra')))
print(b.find(bytearray(b'cad')), b.find(bytearray(b'dab')), 100 in b, b'dab' in b, bytearray(b'xyz').find(b'z'))
for bad in [lambda: b.index(b'z'), lambda: b.rindex(120), lambda: b.find(256), lambda: b.find(-1),
            lambda: b.find('a'), lambda: b.count(1.0), lambda: 256 in b, lambda: 'a' in b, lambda: b.partition(97)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
