# Recursive reprs of lists, dicts, sets via objects, deques-free mixes, and user containers.
a = [1]
a.append(a)
b = {'a': a}
a.append(b)
print(a, b)
d = {}
d[1] = d
d[2] = [d]
print(d, str(d) == repr(d))
t = (a,)
print(t)
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return 'Box(%r)' % self.items
bx = Box()
bx.items.append(bx)
print([bx], bx)
l = []
l.append([l, [l]])
print(l)
