# set, slice, sorted, str, sum.
print(set(), set([3, 3, 1]), set(range(4)), set('aa'), set({1: 2}))
print(slice(3), slice(1, 2), slice(1, 2, 3), [0, 1, 2, 3, 4][slice(1, None, 2)])
print(sorted([5, 2, 8]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted([-3, 2, -1], key=abs))
print(str(5), str([1]), str('s'), str(b'b'), str(1.5), str(None), str(int))
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([], start=5), sum(range(5), 10))
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
