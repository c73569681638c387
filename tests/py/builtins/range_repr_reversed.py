# range, repr, reversed, round.
print(range(3), range(1, 5), range(0, 10, 2), repr(range(-1, -5, -1)), list(range(3, 0, -1)))
print(repr(1), repr('a'), repr([1, 'a']), repr(None), repr(1.0), repr(b'x'), repr(...), repr(NotImplemented), repr(int), repr(type))
print(list(reversed([1, 2])), list(reversed(range(5, 0, -2))), ''.join(reversed('abc')))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter('custom')
print(list(reversed(CustomRev())))
print(round(2.5), round(-1.5), round(1.234, 1), round(-0.5), round(17, -1))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(len), repr(print), repr(object), repr(ValueError))
