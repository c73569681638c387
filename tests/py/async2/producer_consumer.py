# Several producers and consumers sharing a bounded asyncio.Queue, finished with join().
import asyncio

async def producer(q, name, n, log):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i} size={q.qsize()}")
    log.append(f"{name} done")

async def consumer(q, name, got):
    while True:
        item = await q.get()
        try:
            if item is None:
                return name
            got.append((name, item))
            await asyncio.sleep(0)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log, got = [], []
    consumers = [asyncio.create_task(consumer(q, c, got)) for c in ("X", "Y")]
    await asyncio.gather(producer(q, "a", 3, log), producer(q, "b", 2, log))
    await q.join()
    print("joined, queue empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
    for _ in consumers:
        await q.put(None)
    print(await asyncio.gather(*consumers))
    print(sorted(item for _, item in got))
    print(len(got), got)
    print(log)
    print(all(int(entry.split("size=")[1]) <= 2 for entry in log if "size=" in entry))

asyncio.run(main())
