# bin/oct/hex accept ints and __index__ objects; negative and large values.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for v in [0, 1, -1, 255, -256, 2**64, -(2**70) + 1, True, I(10), I(-3)]:
    print(bin(v), oct(v), hex(v))
class IntOnly:
    def __int__(self): return 5
for thunk in [lambda: hex(1.0), lambda: oct('7'), lambda: bin(IntOnly()), lambda: hex(None),
              lambda: hex(I('x')), lambda: bin(), lambda: hex(1, 2)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(255, '#x') == hex(255), int(hex(-255), 16), int(bin(5), 0))
