# len(): builtin containers, __len__ return validation and error messages.
print(len(range(-5, 5, 3)), len(range(0)), len(b''), len(bytearray(3)))
print(len({1: 2}.keys()), len({1, 2}), len(frozenset()), len('\U0001f600'))
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class IntSub(int): pass
class Idx:
    def __index__(self): return 4
print(len(L(True)), type(len(L(True))).__name__, len(L(IntSub(3))), len(L(0)))
for v in [-1, 1.0, 'x', None, 2**63, Idx()]:
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for thunk in [lambda: len(5), lambda: len(x for x in []), lambda: len(iter([])), lambda: len(),
              lambda: len([], []), lambda: len(obj=[]), lambda: len(range(2**63))]:
    try:
        print(thunk())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class NoLen:
    def __getitem__(self, i): return i
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
