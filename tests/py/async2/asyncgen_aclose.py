# Async generators: aclose() runs finally blocks; ignoring GeneratorExit is an error.
import asyncio

async def ticker(log):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker finally")
        await asyncio.sleep(0)
        log.append("ticker finally after await")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

async def main():
    log = []
    gen = ticker(log)
    got = []
    async for v in gen:
        got.append(v)
        if v == 3:
            break
    print(got, log)
    await gen.aclose()
    print(log)
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    fresh = ticker(log)
    await fresh.aclose()
    print("closing an unstarted generator runs no finally:", log.count("ticker finally"))
    async def wrapper():
        inner = ticker(log)
        try:
            async for v in inner:
                yield v * 10
        finally:
            await inner.aclose()
            log.append("wrapper closed inner")
    w = wrapper()
    print(await w.__anext__(), await w.__anext__())
    await w.aclose()
    print(log[-3:])
asyncio.run(main())
