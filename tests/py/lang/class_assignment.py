# Assigning __class__ on instances: allowed between compatible heap types only.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.x)
for label, target, value in [('int', a, int), ('non-type', a, 5), ('to object', a, object)]:
    try:
        target.__class__ = value
        print(label, 'ok', type(target).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
n = 5
try:
    n.__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class L(list): pass
class L2(list): pass
l = L([1])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = list
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
