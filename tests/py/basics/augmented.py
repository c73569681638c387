# Augmented assignment on names, attributes, subscripts; every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11; print(x)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
class C:
    n = 1
c = C()
c.n += 1
print(c.n, C.n)
d = {'a': [1]}
d['a'] += [2]
d['a'] *= 2
print(d)
s = "ab"
s *= 3
print(s)
calls = []
def key():
    calls.append('key')
    return 'k'
dd = {'k': 1}
dd[key()] += 1
print(dd, calls)
