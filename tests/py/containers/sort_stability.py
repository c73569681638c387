# sort/sorted with key and reverse; stability.
people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
data.sort(key=lambda t: t[0])
print(data)
words = ['Banana', 'apple', 'cherry', 'Apple']
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
print(sorted([3, 1, 2], key=None), sorted('bca', reverse=True), sorted([]), sorted((2, 1)), sorted({3: 'x', 1: 'y'}))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 3, 2], key=key), calls)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1])
