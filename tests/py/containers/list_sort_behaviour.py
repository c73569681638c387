# sort: stability with key and reverse, partly ordered data, exceptions leave list a permutation.
data = [(k % 3, i) for i, k in enumerate([5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 5])]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
runs = list(range(20)) + list(range(10, 0, -1)) + [5] * 4 + list(range(30, 25, -1))
print(sorted(runs))
print(sorted(runs, reverse=True)[:12])
words = ['bb', 'a', 'ccc', 'B', 'A', 'dd', 'aa']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [3, 1, 'x', 2]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e, sorted(mixed, key=str))
l = [5, 4, 3]
def bad_key(x):
    if x == 3:
        raise ValueError('boom')
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, sorted(l))
l = [3, 2, 1]
try:
    l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([1.5, True, 0, -2, 2.5]), sorted([[2], [1, 9], [1]]), sorted([(1, 'b'), (1, 'a')], reverse=True))
