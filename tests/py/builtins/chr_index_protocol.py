# chr() accepts objects implementing __index__, and bools.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(chr(I(97)), chr(I(0x263a)), repr(chr(True)), repr(chr(False)))
for v in [I(-1), I(0x110000)]:
    try:
        chr(v)
    except ValueError as e:
        print(type(e).__name__, e)
class F:
    def __int__(self): return 65
try:
    chr(F())
except TypeError as e:
    print(type(e).__name__, e)
