# A task can be awaited many times; a coroutine object only once.
import asyncio

calls = 0
async def compute():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return calls * 100

async def main():
    t = asyncio.create_task(compute())
    a = await t
    b = await t
    print(a, b, calls, t.result())

    c = compute()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)

    bad = asyncio.create_task(compute())
    await asyncio.sleep(0)
    async def boom():
        raise ValueError("task failed")
    ft = asyncio.create_task(boom())
    for _ in range(2):
        try:
            await ft
        except ValueError as e:
            print("again:", repr(e))
    print(ft.exception() is ft.exception(), repr(ft.exception()))
    await bad

    waiters = [asyncio.create_task(_await(t)) for _ in range(3)]
    print(await asyncio.gather(*waiters))

async def _await(task):
    return await task + 1

asyncio.run(main())
