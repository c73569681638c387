# Set comprehensions with small ints (deterministic order) and membership.
print({x * x % 7 for x in range(20)})
print({len(w) for w in 'a bb ccc dd e'.split()})
primes = {n for n in range(2, 30) if all(n % d for d in range(2, n))}
print(sorted(primes), 7 in primes, 9 in primes)
print({x for x in range(6)} - {x for x in range(0, 6, 2)})
print({(x, y) for x in range(2) for y in range(2)} >= {(0, 0), (1, 1)})
print(sorted({c for c in 'mississippi'}), len({c for c in 'mississippi'}))
