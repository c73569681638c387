# Async comprehensions mixing async for, await in conditions and values, and nesting.
import asyncio

async def agen(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print([await square(x) async for x in agen(5) if await is_even(x)])
    print({x: [y async for y in agen(x)] async for x in agen(4)})
    print(sorted({await square(x) for x in range(-3, 4)}))
    print([x + y async for x in agen(3) for y in (10, 20) if y > x * 5])
    gen = (await square(x) async for x in agen(4))
    print(type(gen).__name__, [v async for v in gen])
    tasks = [asyncio.create_task(square(x)) for x in range(4)]
    print([await t for t in tasks])
    print(await asyncio.gather(*[square(x) async for x in agen(3)]))
    lazy = (x async for x in agen(3))
    print(await lazy.__anext__(), await lazy.__anext__())
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x for x in agen(2)]
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
