# collect() returning unreachable count
import gc

gc.disable()
gc.collect()
print(gc.collect())

l = []
l.append(l)
del l
print("list self-cycle", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists", gc.collect())

d = {}
d["me"] = d
del d
print("dict self-cycle", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple+list", gc.collect())

print("nothing", gc.collect())
gc.enable()
