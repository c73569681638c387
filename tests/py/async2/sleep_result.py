# asyncio.sleep(0) yields once; sleep returns its result argument; interleaving is round robin.
import asyncio

async def spin(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return await asyncio.sleep(0, result=f"{name} finished")

async def main():
    log = []
    r = await asyncio.gather(spin("a", 3, log), spin("b", 1, log), spin("c", 2, log))
    print(r)
    print(log)
    print(await asyncio.sleep(0), await asyncio.sleep(0.001, result=[1]))
    print(await asyncio.sleep(-1, result="negative is fine"))
    log.clear()
    t = asyncio.create_task(spin("bg", 2, log))
    log.append("main before yield")
    await asyncio.sleep(0)
    log.append("main after yield")
    print(await t, log)

asyncio.run(main())
