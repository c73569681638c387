# `x[a:b]` of exact strs, lists and tuples with int or None bounds takes a fast path; other
# bounds (bools, big ints, objects with __index__) and other containers take the general one.
s = "héllo wörld ✓"
l = list(range(10))
t = tuple("abcdefg")
for a in (None, 0, 1, 3, -1, -3, -100, 100, 5):
    for b in (None, 0, 2, -1, -2, 100, -100, 7):
        print(a, b, repr(s[a:b]), l[a:b], t[a:b])
print(s[:] is s, t[:] is t, l[:] is l, s[0:len(s)] is s, t[0:] is t)
print(s[True:], l[False:True], t[2 ** 70:], l[-2 ** 70:2])


class Idx:
    def __index__(self):
        return 2


print(s[Idx():], l[:Idx()], t[Idx():Idx()])


class MyStr(str):
    pass


class MyList(list):
    def __getitem__(self, k):
        return ("MyList", k)


m = MyStr("abcdef")
print(type(m[1:3]).__name__, m[1:3], MyList([1, 2])[1:2])
b = b"bytes!"
print(b[1:3], bytearray(b)[2:], range(10)[2:5])
try:
    l["a":]
except TypeError as e:
    print("TypeError", e)
big = list(range(100000))
print(len(big[10:-10]), big[-3:], sorted(set("abracadabra"))[:3])
