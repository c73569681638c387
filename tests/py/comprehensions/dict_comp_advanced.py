# Dict comprehensions: inverting, grouping, conditional values, duplicate keys.
scores = {'ann': 90, 'bob': 72, 'cid': 85, 'dee': 72}
print({name: ('pass' if s >= 80 else 'fail') for name, s in scores.items()})
print({s: name for name, s in scores.items()})
print({k: v for k, v in sorted(scores.items(), key=lambda kv: kv[1])})
print({i % 3: i for i in range(10)})
print({c: 'aeiou'.count(c) for c in 'banana'})
nested = {'a': {'x': 1, 'y': 2}, 'b': {'x': 3}}
print({(o, i): v for o, inner in nested.items() for i, v in inner.items()})
print({k: [v * 2 for v in vs] for k, vs in {'p': [1, 2], 'q': []}.items()})
