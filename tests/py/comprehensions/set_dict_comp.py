# Set and dict comprehensions.
print({x % 4 for x in range(20)})
print({x: x * x for x in range(5)})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({k: [c for c in k] for k in ['ab', 'c']})
words = ['apple', 'bob', 'cat', 'apricot', 'banana']
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first, {k: len(v) for k, v in by_first.items()})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({i: i for i in range(3)} == dict(zip(range(3), range(3))))
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
order = []
def k(x):
    order.append(('key', x))
    return x
def v(x):
    order.append(('value', x))
    return x
{k(i): v(i) for i in range(2)}
print(order)
