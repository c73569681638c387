# __bool__ and __len__ determine truthiness; errors from bad return values.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), not B(False))
if B(True):
    print('truthy')
print(bool(L(0)), bool(L(3)), len(L(7)), bool(Both()))
print(B(False) or 'fallback')
class Neither: pass
print(bool(Neither()))
for bad in (lambda: bool(B(1)), lambda: len(L(-1)), lambda: len(L('x')), lambda: bool(L(-1)),
            lambda: len(L(2**70)), lambda: len(5)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
