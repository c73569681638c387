# A classic, exercising %, if/elif chains and string building.
out = []
for i in range(1, 31):
    if i % 15 == 0:
        out.append('FizzBuzz')
    elif i % 3 == 0:
        out.append('Fizz')
    elif i % 5 == 0:
        out.append('Buzz')
    else:
        out.append(str(i))
print(' '.join(out))
primes = []
for n in range(2, 60):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
