# aiter()/anext() driven without an event loop via coroutine.send().
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended unexpectedly')
async def agen():
    yield 1
    yield 2
async def collect():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, 'default')]
    try:
        await anext(it)
    except StopAsyncIteration as e:
        out.append(type(e).__name__)
    return out
print(run(collect()))
class Counter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def use_counter():
    c = Counter()
    return aiter(c) is c, [x async for x in c]
print(run(use_counter()))
print(type(anext(agen())).__name__, type(anext(agen(), None)).__name__)
for thunk in [lambda: aiter([1]), lambda: anext([1]), lambda: anext(iter([])), lambda: aiter(),
              lambda: anext(), lambda: aiter(agen(), 1)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self): return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
