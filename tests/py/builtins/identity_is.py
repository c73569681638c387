# Identity checks with `is` (never id()): singletons, caching rules that are guaranteed.
a = []
b = a
print(a is b, [] is [], a is not None)
print(None is None, type(None)() is None, bool() is False, bool(1) is True)
print(tuple() is tuple([]), frozenset() == frozenset(), ''.join([]) == '')
x = object()
lst = [x]
print(lst[0] is x, lst.copy()[0] is x, list(lst)[0] is x)
def f(): return x
print(f() is x)
print(NotImplemented is NotImplemented, Ellipsis is ..., type(...)() is ... if False else True)
d = {'k': x}
print(d['k'] is x, d.get('k') is x)
print(int is type(0), str is type(''), True.__class__ is bool)
