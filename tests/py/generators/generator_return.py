# return inside generators, return values via StopIteration and yield from.
def g(n):
    for i in range(n):
        if i == 2:
            return f'stopped at {i}'
        yield i
    return 'ran out'
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(g(5)))
print(collect(g(1)))
def avg():
    total = n = 0
    while True:
        x = yield
        if x is None:
            return total / n if n else None
        total += x
        n += 1
def grouper(results, key):
    while True:
        results[key] = yield from avg()
results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
