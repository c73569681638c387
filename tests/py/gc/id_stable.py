class C:
    pass

a = C()
first = id(a)
lst = [a]
lst.extend(range(1000))
d = {i: i for i in range(100)}
print(id(a) == first, id(lst[0]) == first)
b = C()
print(id(a) != id(b))
live = [C() for _ in range(100)]
print(len({id(o) for o in live}))
print(id(None) == id(None), id(a) == id(a))
t = (a, b)
print(id(t[0]) == first)
print(type(id(a)).__name__, id(a) > 0)
print((a is b) == (id(a) == id(b)))
