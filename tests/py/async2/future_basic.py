# Futures created from the running loop: results, exceptions and callbacks across tasks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())

    async def resolver():
        await asyncio.sleep(0.01)
        fut.set_result("resolved")
    log = []
    fut.add_done_callback(lambda f: log.append(f.result()))
    asyncio.create_task(resolver())
    print(await fut, log)
    await asyncio.sleep(0)
    print(log)

    err = asyncio.Future()
    err.set_exception(ValueError("bad"))
    try:
        await err
    except ValueError as e:
        print("awaited exception:", repr(e), repr(err.exception()))
    try:
        asyncio.Future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)

    c = loop.create_future()
    print(c.cancel("why"), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    f2 = loop.create_future()
    f2.set_result(5)
    print(await f2, f2.result(), [x async for x in aiter_of(f2)])

async def aiter_of(f):
    yield await f

asyncio.run(main())
