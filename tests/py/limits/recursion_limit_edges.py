# Recursion depth inside exception handlers and finally blocks.
import sys
def recurse_in_handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        return recurse_in_handler(n + 1)
try:
    recurse_in_handler(0)
except RecursionError as e:
    print(type(e).__name__)
def recurse_in_finally(n):
    try:
        pass
    finally:
        return recurse_in_finally(n + 1)
try:
    recurse_in_finally(0)
except RecursionError as e:
    print(type(e).__name__)
def safe_depth():
    def f(n):
        try:
            return f(n + 1)
        except RecursionError:
            return n
    return f(0)
d = safe_depth()
print(900 < d <= sys.getrecursionlimit())
