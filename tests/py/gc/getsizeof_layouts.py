# sys.getsizeof: __sizeof__ of each layout plus the collector header and managed-dict room.
import sys
class C: pass
class S:
    __slots__=('a','b')
def f(): pass
vals = [1.5, 2j, (), (1,2), b'', b'abc', None, range(3), slice(1), f, C(), S(), object(), [], {}, set(), frozenset(), True, NotImplemented, ..., 'abc', ValueError('x'), 0, 2**60]
for v in vals:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))
