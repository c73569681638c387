# Comprehensions over larger ranges; results summarised.
squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
evens = {i for i in range(10000) if i % 2 == 0}
print(len(evens), 9998 in evens, 9999 in evens)
mapping = {i: str(i) for i in range(5000)}
print(len(mapping), mapping[4999], list(mapping)[:3])
pythag = [(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c]
print(len(pythag), pythag[:3])
print(sum(1 for _ in range(100000)))
