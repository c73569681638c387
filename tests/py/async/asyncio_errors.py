# Exceptions and cancellation in asyncio tasks.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise

async def main():
    try:
        await fail("direct")
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(fail("one"), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0.02)
    print(t.cancel(), t.cancelled() or "pending")
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), log)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), timeout=1))
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(5)
    print(await f, f.done())
    try:
        raise_in_task = asyncio.create_task(fail("in task"))
        await raise_in_task
    except ValueError as e:
        print("task raised", e, raise_in_task.exception())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
