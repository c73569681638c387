# sys.getsizeof of ints, strs (one-character Latin-1 strings count their cached UTF-8), bytes, tuples; __sizeof__ errors
import sys

for v in [0, 1, 2 ** 30, 2 ** 60, -1, True, 1.5, "", "abc", "\u00e9", "\u20ac",
          b"", b"abc", (), (1, 2), None]:
    print(repr(v), sys.getsizeof(v))

class Sized:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

class SlotSized:
    __slots__ = ("n",)
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

print(sys.getsizeof(Sized(10)), sys.getsizeof(SlotSized(10)))
for bad in (-1, "x", 2 ** 70):
    try:
        sys.getsizeof(Sized(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof(Sized(-1), 123)
except ValueError as e:
    print("default ignored:", e)
print(sys.getsizeof(Sized("x"), "default"))
