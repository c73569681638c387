# With a raised limit, a 100000-deep Python recursion returns normally.
import sys
sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(100000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(50000)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
