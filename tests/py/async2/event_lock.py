# Event wait/set/clear and Lock fairness: waiters acquire in FIFO order.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def user(name, hold):
        async with lock:
            order.append(f"{name}+")
            await asyncio.sleep(hold)
            order.append(f"{name}-")
    await asyncio.gather(user("a", 0.01), user("b", 0), user("c", 0))
    print(order)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    ev = asyncio.Event()
    log = []
    async def waiter(i):
        log.append(f"wait{i}")
        r = await ev.wait()
        log.append(f"woke{i}:{r}")
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    log.append("setting")
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    ev.set()
    print(await ev.wait(), ev.is_set())

    gate = asyncio.Event()
    async def ticker():
        n = 0
        while not gate.is_set():
            n += 1
            await asyncio.sleep(0)
        return n
    t = asyncio.create_task(ticker())
    for _ in range(4):
        await asyncio.sleep(0)
    gate.set()
    print("ticks", await t)

asyncio.run(main())
