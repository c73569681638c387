# send() into generators: priming, running averages, errors.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(0))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send('a'), e.send('b'), e.send(None))
g = averager()
try:
    g.send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
def two():
    yield 1
    yield 2
t = two()
print(next(t), t.send('ignored'))
