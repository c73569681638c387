# get_referrers
import gc

class Target:
    pass

x = Target()
holder = [x]
box = {"x": x}
refs = gc.get_referrers(x)
print(any(r is holder for r in refs))
print(any(r is box for r in refs))
other = []
print(any(r is other for r in refs))

class Obj:
    pass

o = Obj()
o.attr = x
refs = gc.get_referrers(x)
print(any(r is o or (type(r) is dict and r.get("attr") is x) for r in refs))
print(gc.get_referrers())
