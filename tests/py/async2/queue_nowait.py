# Queue non-blocking operations, maxsize blocking put, and FIFO order across waiters.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    for op in (lambda: q.put_nowait("second"), lambda: asyncio.Queue().get_nowait()):
        try:
            op()
        except Exception as e:
            print(type(e).__name__, repr(str(e)))
    log = []
    async def putter(item):
        log.append(f"waiting to put {item}")
        await q.put(item)
        log.append(f"put {item}")
    p = asyncio.create_task(putter("second"))
    await asyncio.sleep(0)
    print(log, q.full())
    print(q.get_nowait())
    await p
    print(log, q.qsize())

    waiters = asyncio.Queue()
    got = []
    async def getter(name):
        got.append((name, await waiters.get()))
    tasks = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    for i in range(3):
        waiters.put_nowait(i)
    await asyncio.gather(*tasks)
    print(got)
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.Queue(maxsize=0).full(), asyncio.Queue(maxsize=-1).full())

asyncio.run(main())
