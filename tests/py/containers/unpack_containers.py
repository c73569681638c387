# Tuple unpacking from containers, starred unpacking into lists, swap via tuple.
point = (3, 4)
x, y = point
print(x, y)
(a, b), c = [1, 2], 3
print(a, b, c)
d = {'k1': 'v1', 'k2': 'v2'}
k1, k2 = d
print(k1, k2)
(ka, va), (kb, vb) = d.items()
print(ka, va, kb, vb)
s1, s2, s3 = {10, 20, 30} if False else sorted({10, 20, 30})
print(s1, s2, s3)
head, *tail = 'hello'
print(head, tail)
*init, last = range(4)
print(init, last)
m = [[1, 2], [3, 4]]
for i, (p, q) in enumerate(m):
    print(i, p, q)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
