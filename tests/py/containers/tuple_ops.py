# Tuples: immutability, methods, packing, comparison, hashing.
t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3), 2 in t)
print((1,), (), tuple(), tuple([1, 2]), tuple('ab'), (1, 2) + (3,), (0,) * 3, 1, 2)
x = 1, 2
print(x, type(x).__name__, (x,), ((1, 2), 3))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9), () < (0,), (1, 'a') < (1, 'b'))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 'a') < ('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
inner = [1]
tt = (inner, 2)
inner.append(2)
print(tt)
print(tuple(t) == t, t[:] == t, t + () == t, type(t[:]).__name__)
