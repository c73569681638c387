# A Semaphore bounds concurrency; track the maximum number inside at once.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    inside = 0
    peak = 0
    order = []
    async def fetch(i):
        nonlocal inside, peak
        async with sem:
            inside += 1
            peak = max(peak, inside)
            order.append(f"start{i}")
            # long enough that, even on a loaded machine, a sleeper does not wake before the
            # non-sleepers have run (the order below depends on it)
            await asyncio.sleep(0.05 if i % 2 else 0)
            order.append(f"end{i}")
            inside -= 1
        return i * 10
    print(await asyncio.gather(*(fetch(i) for i in range(5))))
    print("peak", peak)
    print(order)
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("over-release allowed for plain Semaphore:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
