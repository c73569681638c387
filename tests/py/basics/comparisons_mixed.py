# Equality and ordering across types.
print(1 == 1.0, 1 == '1', None == 0, [] == (), [1] == [1], (1, 2) == (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9], 'abc' < 'abd', 'Z' < 'a')
print(1 != 1.0, 'a' != 'a', None != None)
print(float('nan') == float('nan'), float('inf') > 10**300)
print(True < 2, False < True, 2.5 < 3 < 3.5)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1: 2} == {1: 2})
for a, b in [(1, 'a'), ('a', None), ([1], (1,)), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
print(max(3, 2.5), min('b', 'ab'), sorted([3, 1.5, 2]))
