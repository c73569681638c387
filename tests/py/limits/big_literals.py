# Large values and containers: big ints, long strings, big lists.
n = 10 ** 4000
print(len(str(n)), n % 97, (n + 1) // n)
s = 'ab' * 500_000
print(len(s), s[-3:], s.count('ab'))
lst = list(range(1_000_000))
print(len(lst), sum(lst), lst[-1])
d = {i: i for i in range(100_000)}
print(len(d), d[99_999])
big = eval('[' + ','.join(map(str, range(10000))) + ']')
print(len(big), big[-1])
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
