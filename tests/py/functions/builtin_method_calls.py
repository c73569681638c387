# Bound and unbound methods of builtin types and user classes.
s = 'hello'
up = s.upper
print(up(), str.upper(s), type(up).__name__)
lst = []
push = lst.append
push(1); push(2)
print(lst, push.__self__ is lst, push.__name__)
class C:
    def m(self, x):
        return (self.tag, x)
c = C()
c.tag = 'c'
bound = c.m
print(bound(1), C.m(c, 2), bound.__self__ is c, bound.__func__ is C.m)
print(type(bound).__name__, type(C.m).__name__)
print(bound == c.m, bound is c.m)
meths = [str.lower, str.title, str.swapcase]
print([m('Hello World') for m in meths])
