# property(): getter/setter/deleter return new objects; missing accessor messages.
p = property()
q = p.getter(lambda self: 'got')
print(p is q, p.fget, q.fget is not None, q.fset, q.fdel, q.__doc__)
class C:
    x = property(doc='x doc')
    y = property(lambda self: 'y')
    z = y.setter(lambda self, v: print('set z', v))
c = C()
for label, thunk in [('get x', lambda: c.x), ('set x', lambda: setattr(c, 'x', 1)), ('del x', lambda: delattr(c, 'x')),
                     ('set y', lambda: setattr(c, 'y', 1)), ('del z', lambda: delattr(c, 'z')), ('get z', lambda: c.z),
                     ('set z', lambda: setattr(c, 'z', 5))]:
    try:
        print(label, thunk())
    except AttributeError as e:
        print(label, type(e).__name__, e)
print(C.x.__doc__, C.y.__doc__, C.y is C.z, C.y.fget is C.z.fget)
def getter(self):
    "getter doc"
    return 1
pr = property(getter)
print(pr.__doc__, property(getter, doc='explicit').__doc__, pr.__get__(None, C) is pr, pr.__get__(c))
print(property().__isabstractmethod__)
try:
    property(1).__get__(c)
except TypeError as e:
    print(type(e).__name__, e)
