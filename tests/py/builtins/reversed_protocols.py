# reversed(): __reversed__, sequence protocol, dicts and views, and error cases.
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.items())), list(reversed({'a': 1}.values())))
print(list(reversed(range(3))), list(reversed((1, 2))), list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed({})).__name__)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        print('getitem', i)
        return i
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self): return 'not an iterator but returned anyway'
print(reversed(Custom()))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
lst = [1, 2, 3]
rv = reversed(lst)
lst.pop()
print(list(rv))
for thunk in [lambda: reversed({1, 2}), lambda: reversed(5), lambda: reversed(iter([1])),
              lambda: reversed(x for x in []), lambda: reversed(), lambda: reversed([], []),
              lambda: reversed(frozenset())]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
try:
    reversed(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
