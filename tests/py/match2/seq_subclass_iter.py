# Sequence patterns on a list subclass use len() and iteration through its overrides.
class Seq(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

for pat in range(3):
    match Seq([1, 2, 3]):
        case [a] if pat == 0:
            print("one")
        case [a, b, c] if pat == 0:
            print("three", a, b, c)
        case [a, *rest, c] if pat == 1:
            print("first", a, "rest", rest, "last", c)
        case [*_, c]:
            print("last", c)

a, b, c = Seq([4, 5, 6])
print("plain unpack", a, b, c)
