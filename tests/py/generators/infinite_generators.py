# Infinite generators consumed with explicit limits (no itertools).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def gmap(f, it):
    for x in it:
        yield f(x)
def gfilter(p, it):
    for x in it:
        if p(x):
            yield x
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(5, naturals()))
print(take(5, gmap(lambda x: x * x, naturals(1))))
print(take(5, gfilter(lambda x: x % 3 == 0, naturals())))
print(take(15, primes()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle('ab')))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(6, accumulate(naturals(1))))
