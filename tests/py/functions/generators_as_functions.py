# Functions returning functions, higher-order helpers written by hand.
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def partial(fn, *fixed, **kfixed):
    def call(*args, **kw):
        return fn(*fixed, *args, **{**kfixed, **kw})
    return call
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square(3, exp=3))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def reduce(fn, items, start):
    acc = start
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1))
