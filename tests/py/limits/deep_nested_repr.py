# repr of a very deeply nested list raises RecursionError instead of crashing.
l = []
for _ in range(100_000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print(type(e).__name__)
try:
    l == l[0]
    print('compared')
except RecursionError as e:
    print(type(e).__name__)
a = []
b = []
for _ in range(100_000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__)
print('survived')
