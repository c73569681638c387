# TypeError: unhashable type messages in hash(), dict keys, set elements, and custom __eq__.
for v in [[], {}, set(), bytearray(), [1], ([],), slice(1, 2)]:
    try:
        hash(v)
        print(type(v).__name__, 'hashable')
    except TypeError as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
class EqHash(EqOnly):
    __hash__ = object.__hash__
class NoHash:
    __hash__ = None
for cls in [EqOnly, EqHash, NoHash]:
    try:
        {cls(): 1}
        print(cls.__name__, 'ok', cls.__hash__ is None)
    except TypeError as e:
        print(type(e).__name__, e, cls.__hash__ is None)
for bad in [lambda: {[]: 1}, lambda: {1: 2}[[1]], lambda: {(1, [2]): 0}, lambda: frozenset([{}]), lambda: {}.get({}),
            lambda: dict.fromkeys([[]]), lambda: [] in {1: 2}]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5) == hash(0.5), hash((1, 2.0)) == hash((1, 2)))
