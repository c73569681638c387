# range with one, two and three arguments; range object behaviour.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1])
print(5 in r, 6 in r, r.index(9), r.count(13), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1))
print(list(reversed(range(4))), sum(range(101)))
big = range(10**20)
print(big[-1], big[10**19], 10**19 in big, big.stop)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
