# Generator-based coroutines: a simple scheduler interleaving tasks.
def task(name, n):
    for i in range(n):
        print(f'{name} step {i}')
        yield
    return f'{name} done'
def run(tasks):
    results = []
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task('A', 2), task('B', 3), task('C', 1)]))
