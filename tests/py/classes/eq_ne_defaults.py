# Default __eq__ is identity; __ne__ derives from __eq__; comparisons with NotImplemented fallbacks.
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called')
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class NeInverted:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
n = NeInverted()
print(n == 1, n != 1)
class ReturnsNonBool:
    def __eq__(self, o): return 'truthy string'
    def __lt__(self, o): return []
r = ReturnsNonBool()
print(r == 1, r != 1, r < 1, [r] == [1], bool(r < 1))
class Both:
    def __eq__(self, o): return NotImplemented
print(Both() == Both(), Both() != Both(), Both() == 1)
print(1 == Both(), None == Plain(), Plain() is not None)
