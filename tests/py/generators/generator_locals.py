# Generators keep their local state between resumptions, independently per instance.
def counter(start):
    count = start
    while True:
        step = yield count
        count += step if step is not None else 1
a, b = counter(0), counter(100)
print(next(a), next(b), next(a), a.send(10), next(b), next(a))
def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_loops()))
def with_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for x in range(4):
        add(x)
        yield total
print(list(with_closure()))
