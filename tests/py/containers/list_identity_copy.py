# Shallow copies vs aliases.
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append('new')
a[0].append(99)
print(b, c, d, e)
print(b is a, c is a, c[0] is a[0])
orig = {'k': [1]}
cp = dict(orig)
cp['k'].append(2)
cp['j'] = 0
print(orig, cp)
t = (1, [2])
t2 = tuple(t)
t2[1].append(3)
print(t2 == t, t)
s = {1, 2}
s2 = set(s)
s2.add(3)
print(s, s2)
