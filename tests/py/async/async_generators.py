# Async generators: async for, asend, athrow, aclose, StopAsyncIteration, ag_* attributes.
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "paused"

async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("received", got)
            await Pause()
    finally:
        print("counter cleanup")

ag = counter(3)
print(type(ag).__name__, isinstance(ag, types.AsyncGeneratorType), ag.__name__, ag.ag_running)
print(ag.__aiter__() is ag, type(ag.__anext__()).__name__)

async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out
print(run(consume()))

async def manual():
    g = counter(5)
    a = await g.__anext__()
    b = await g.asend("hello")
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return a, b
print(run(manual()))

async def closing():
    g = counter(5)
    await g.__anext__()
    await g.aclose()
    print("after aclose", g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
run(closing())

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def ignore():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
run(ignore())

async def bad():
    yield 1
    raise StopAsyncIteration

async def use_bad():
    try:
        async for x in bad():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)
run(use_bad())

async def reuse():
    g = counter(2)
    nxt = g.__anext__()
    print(await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError:", e)
run(reuse())
