# Equality and ordering of containers with mixed element types.
print([1, 2.0] == [1.0, 2], (1,) == [1], {1: 'a'} == {1.0: 'a'}, {1, 2} == {2.0, 1.0})
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2]] < [1, [3]], ((1, 2), 3) < ((1, 3), 0))
print([] == [], [] is [], () == (), {} != {'a': 1})
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
class Always:
    def __eq__(self, o): return True
print([Always()] == [5], Always() in [1, 2], [1, 2].count(Always()), [3, 4].index(Always()))
class Never:
    def __eq__(self, o): return False
n = Never()
print(n in [n], [n] == [n], [n].count(n))
