# asyncio.Queue, Event and Lock coordinating tasks.
import asyncio

async def main():
    q = asyncio.Queue()
    results = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer(name):
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            results.append((name, item))

    await asyncio.gather(producer(4), consumer("c"))
    print(results, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set", seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("after set", seen)

    lock = asyncio.Lock()
    trace = []
    async def critical(name):
        async with lock:
            trace.append(name + " in")
            await asyncio.sleep(0)
            trace.append(name + " out")
    await asyncio.gather(critical("x"), critical("y"))
    print(trace, lock.locked())

asyncio.run(main())
