# The for loop variable survives the loop; loop over changing objects.
for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
for a, b in zip('abc', range(3)):
    pass
print(a, b)
