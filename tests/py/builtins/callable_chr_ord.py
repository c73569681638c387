# callable, chr, ord.
class C:
    def __call__(self): pass
    def m(self): pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(0), callable('s'), callable(None), callable(print))
print(chr(97), chr(8364), ord('a'), ord('€'), ord(b'a'), ord(bytearray(b'z')), [chr(i) for i in range(65, 70)])
for bad in [lambda: chr(1.5), lambda: chr('a'), lambda: ord(1), lambda: ord(b'ab'), lambda: chr(-5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
