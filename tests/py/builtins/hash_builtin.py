# hash() of ints, tuples of ints, bools, None-equality, and unhashables.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 18), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(True), hash(False), hash(1.0), hash(2.5), hash(-0.5), hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((0,)), hash((1, 2, 3)), hash((-1,)), hash(((1, 2), (3, 4))), hash((1, (2, (3,)))))
print(hash(frozenset()), hash(frozenset({1})) == hash(frozenset([1])), hash(1 + 0j) == hash(1))
print(hash(range(3)) == hash(range(0, 3)))
for x in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(x)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self): return -1
print(hash(H()))
class Big:
    def __hash__(self): return 2 ** 64 + 5
print(hash(Big()))
