# In-place list operations keep identity; binary operations create new lists.
a = [1, 2]
alias = a
a += [3]
a *= 2
a.extend((4,))
print(a, alias is a)
b = a + [5]
print(b is a, a)
a[:] = [0]
print(alias)
c = [1]
c *= 0
print(c)
d = [[]] * 3
d[0].append('shared')
print(d)
e = [1, 2, 3]
e[1:2] = []
e[len(e):] = [9, 9]
print(e)
