# Subscripting generic classes: aliases, argument count errors, instances and __orig_class__.
class Box[T]:
    def __init__(self, item=None):
        self.item = item

class Pair[A, B]:
    pass

ib = Box[int]
print(ib, ib.__origin__ is Box, ib.__args__, ib.__parameters__)
inst = ib(3)
print(type(inst).__name__, inst.__orig_class__, inst.item)
print(Pair[int, str], Pair[int, Box[str]].__args__)
(A, B) = Pair.__type_params__
partial = Pair[A, int]
print(partial, partial.__parameters__, partial[bytes])
print(Box[Box[int]], Box[list[int]], Box[int] == Box[int], Box[int] == Box[str])
for bad in (lambda: Pair[int], lambda: Pair[int, str, bytes], lambda: Box[int][str],
            lambda: Box[()], lambda: ib[int]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(Box[int, ][0:0] if False else Box[(int,)])
