# Deep Python recursion raises RecursionError, which can be caught; the interpreter recovers.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
try:
    down(0)
except RecursionError as e:
    print('again:', type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
