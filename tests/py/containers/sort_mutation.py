# Mutating a list during sort raises ValueError; key errors propagate.
l = [3, 1, 2]
def bad_key(x):
    l.append(x)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(l) >= 3)
def raising_key(x):
    if x == 2:
        raise KeyError('key failed')
    return x
m = [3, 2, 1]
try:
    m.sort(key=raising_key)
except KeyError as e:
    print(type(e).__name__, e, m)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise RuntimeError('cannot compare 99')
        return self.v < other.v
    def __repr__(self): return f'C{self.v}'
items = [Cmp(2), Cmp(1), Cmp(3)]
items.sort()
print(items)
try:
    sorted([Cmp(1), Cmp(99)])
except RuntimeError as e:
    print(type(e).__name__, e)
