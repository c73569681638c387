# Recursive reprs through dict views: the recursion guard prints ... for the dict.
v = {}
v[0] = v.keys()
print(v[0], v)
w = {}
w[1] = w.values()
print(w)
i = {}
i['x'] = i.items()
print(i, i['x'])
l = []
d = {'l': l}
l.append(d.values())
print(l, d)
