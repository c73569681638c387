# is / is not with singletons and shared objects.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
x = None
print(x is None, x is not None)
def f(): pass
print(f() is None)
t = ()
empty = ()
print(t is empty, type(t) is tuple, type(1) is int, type(True) is bool)
print(bool is type(False), int is not bool)
