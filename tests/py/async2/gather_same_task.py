# gather accepts the same awaitable more than once and reports its result in each slot.
import asyncio

calls = 0
async def compute():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return calls * 100

async def main():
    t = asyncio.create_task(compute())
    print(await asyncio.gather(t, t), calls)
    fresh = asyncio.create_task(compute())
    print(await asyncio.gather(fresh, t, fresh), calls)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "f")
    print(await asyncio.gather(fut, fut))

asyncio.run(main())
print("after run")
