# Recursion through generators (yield from chains) hits RecursionError and recovers.
def nest(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from nest(n - 1)
print(list(nest(100)))
def infinite(n):
    yield from infinite(n + 1)
try:
    list(infinite(0))
except RecursionError as e:
    print(type(e).__name__)
print(list(nest(10)))
