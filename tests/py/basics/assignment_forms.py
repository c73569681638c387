# Assignment forms: chained, tuple, list targets, attribute and subscript targets.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
class Box: pass
bx = Box()
bx.v = bx.w = [1]
bx.v.append(2)
print(bx.w)
d = {}
d['k'] = d['j'] = 0
print(d)
s = t = []
s += [1]
print(t, s is t)
u = (1, 2)
v = u
u += (3,)
print(u, v)
