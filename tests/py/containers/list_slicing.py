# List slicing, slice assignment and deletion.
l = list(range(10))
print(l[2:5], l[:3], l[-3:], l[::3], l[::-1], l[7:2:-2], l[100:], l[-100:2])
l[2:5] = ['a', 'b']
print(l)
l[1:1] = [100, 101]
print(l)
l[:2] = []
print(l)
l[::2] = 'vwxyz'
print(l)
l[-1:] = range(3)
print(l)
del l[::3]
print(l)
m = [1, 2, 3]
m[5:] = [9]
print(m)
m[:] = 'xy'
print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
a[1:2] = a
print(a)
b = [0] * 5
b[1::2] = [8, 9]
print(b, b[slice(1, None, 2)], b[-2::-2])
