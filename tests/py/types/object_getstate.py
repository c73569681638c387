# object.__getstate__ (new in 3.11): None for empty instances, the __dict__ otherwise, slots as a pair.
class Plain:
    pass
class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = [2]
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 5
class Custom:
    def __getstate__(self):
        return 'custom'
p, w, s = Plain(), WithAttrs(), Slotted()
print(object().__getstate__(), p.__getstate__(), w.__getstate__(), w.__getstate__() == w.__dict__)
print(s.__getstate__(), Custom().__getstate__(), object.__getstate__(Custom()), (5).__getstate__(), 'x'.__getstate__())
print([].__getstate__(), {1: 2}.__getstate__(), type(object.__getstate__).__name__)
try:
    object.__getstate__()
except TypeError as e:
    print(type(e).__name__, e)
