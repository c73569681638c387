# get_referents in traverse order
import gc

a = [1, "two", 3.0]
print(gc.get_referents(a))
t = (a, None)
r = gc.get_referents(t)
print(len(r), any(x is a for x in r), any(x is None for x in r))
d = {"k": [5]}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1, "s", 2.0))
print(len(gc.get_referents(a, t)))

class C:
    pass

c = C()
refs = gc.get_referents(c)
print(any(x is C for x in refs))
print(gc.get_referents())
