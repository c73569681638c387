# Mutual recursion hits the limit too; the limit can be read and lowered.
import sys
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 100)
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit('10')
except TypeError as e:
    print(type(e).__name__, e)
