# zip(strict=True): which argument is short/long, consumption order, and other errors.
def attempt(*its, **kw):
    try:
        print(list(zip(*its, **kw)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
attempt('ab', 'abc', strict=True)
attempt('abc', 'ab', strict=True)
attempt('abc', 'abc', 'a', strict=True)
attempt('a', 'ab', 'ab', strict=True)
attempt('ab', 'ab', 'abc', strict=True)
attempt('', '', strict=True)
attempt('ab', strict=True)
attempt(strict=True)
attempt('ab', [1, 2], strict=1)
attempt('ab', 'abc', strict=0)
attempt('ab', 5)
attempt('ab', bogus=True)
log = []
def src(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
print(list(zip(src('a', 3), src('b', 1))), log)
log.clear()
try:
    list(zip(src('a', 2), src('b', 3), strict=True))
except ValueError as e:
    print(type(e).__name__, e, log)
z = zip('xy', 'pq', strict=True)
print(next(z), type(z).__name__, list(z))
