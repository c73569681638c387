# dicts preserve insertion order; deleting and reinserting moves a key to the end.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
d['a'] = 'updated'
print(list(d))
del d['z']
d['z'] = 'again'
print(list(d))
print(d.popitem(), list(d))
merged = {**{'x': 1, 'y': 2}, **{'y': 3, 'w': 4}}
print(merged)
counts = {}
for word in 'b a c a b a'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1]))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
