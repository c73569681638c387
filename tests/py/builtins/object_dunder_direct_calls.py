# Calling object's slot methods directly on other objects.
class WithInit:
    def __init__(self, x): self.x = x
w = WithInit(1)
try:
    object.__init__(w, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init__(w), object.__str__(1), object.__repr__(1)[:13], object.__repr__('s')[:13])
print(object.__format__(5, ''), object.__eq__(1, 1), object.__ne__(1, 2), object.__getattribute__(3, 'real'))
class R:
    def __repr__(self): return 'R!'
print(object.__str__(R()), str(R()), object.__repr__(R())[:10])
try:
    object.__format__(5, 'd')
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__str__()
except TypeError as e:
    print(type(e).__name__, e)
